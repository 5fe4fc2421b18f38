package org.shegong.platform.application.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A value inside a descriptor together with its path ({@code contracts[0].street}), so every
 * complaint names the file and the field.
 */
final class JsonField {

    private final String file;
    private final String path;
    private final String name;
    private final JsonValue value;

    JsonField(String file, String path, JsonValue value) {
        this(file, path, null, value);
    }

    private JsonField(String file, String path, String name, JsonValue value) {
        this.file = file;
        this.path = path;
        this.name = name;
        this.value = value;
    }

    String path() {
        return path;
    }

    MalformedDescriptorException problem(String message) {
        return new MalformedDescriptorException(file, path, message);
    }

    JsonField get(String name) {
        JsonObject object = object();
        String childPath = path.isEmpty() ? name : path + "." + name;
        return new JsonField(file, childPath, name, object.getOrDefault(name, JsonValue.NULL));
    }

    boolean isPresent() {
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    JsonObject object() {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem("must be an object");
        }
        return value.asJsonObject();
    }

    String text() {
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            throw problem("must be a non-empty string");
        }
        return s.getString().strip();
    }

    String optionalText() {
        return isPresent() ? text() : null;
    }

    int nonNegativeInt() {
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
            throw problem("must be a whole number, 0 or more");
        }
        return n.intValue();
    }

    LocalDate date() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem("must be a date like 2024-01-31, not '" + text + "'");
        }
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        String text = text();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw problem("must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + text + "'");
        }
    }

    List<JsonField> items() {
        if (!isPresent()) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw problem("must be a list");
        }
        JsonArray array = value.asJsonArray();
        List<JsonField> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(new JsonField(file, path + "[" + i + "]", array.get(i)));
        }
        return items;
    }

    List<JsonField> entries() {
        List<JsonField> entries = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : object().entrySet()) {
            entries.add(new JsonField(file, path + "." + e.getKey(), e.getKey(), e.getValue()));
        }
        return entries;
    }

    /** The member name of this field in its object (metric codes may contain dots, paths do too). */
    String key() {
        return name;
    }

    <T> T as(Function<String, T> parse) {
        String text = text();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }
}
