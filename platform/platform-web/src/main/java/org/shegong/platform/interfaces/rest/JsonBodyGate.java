package org.shegong.platform.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.HttpHeaders;
import org.shegong.platform.api.records.Refusal;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shegong.platform.api.records.PlainText;

/**
 * Every JSON body is read here before JSON-B sees it: at most {@link #MAX_BYTES}, UTF-8 only, parsed
 * completely with JSON-P, and checked against the record it will become. JSON-B then only ever
 * binds complete, well-typed JSON: Yasson's endless loop on a body cut short inside a member it
 * skips (Parsson issue #23) cannot be reached, and a wrong type, an unknown field, a null in a list,
 * an impossible date or an invisible control character is a 4xx with its reason instead of a
 * partial write or a 500 from the database.
 */
@Provider
public class JsonBodyGate implements ReaderInterceptor {

    /** Bodies of the API are small records; imports go through the pages with their own limit. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Longer than any column of the schema: a bigger string is a mistake or an attack. */
    static final int MAX_STRING = 10_000;
    /** Dates people record here (birth dates, visits, plans) fall within these years. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** How long a body may take to arrive ({@code shegong.request.body-seconds}, 10 s by default). */
    private static Duration bodyBudget() {
        return Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("shegong.request.body-seconds", Long.class).orElse(10L));
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Locale language = ErrorBody.language(context.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        String charset = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            throw refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, language, "body.refused.charset", charset);
        }
        byte[] body;
        try {
            body = BodyDeadline.read(context.getInputStream(), MAX_BYTES + 1, bodyBudget(), System::nanoTime);
        } catch (IOException e) {
            // Too slow (TooSlow), or nothing arrived within the socket's read timeout: either way a 408,
            // and the connection closes, so the server does not go on reading the rest of the trickle.
            Refusal reason = new Refusal("body.refused.slow", String.valueOf(bodyBudget().toSeconds()));
            throw new WebApplicationException(reason.key(), Response.fromResponse(
                    ErrorMappers.error(Response.Status.REQUEST_TIMEOUT, reason, language)).header("Connection", "close").build());
        }
        if (body.length > MAX_BYTES) {
            throw refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, language, "body.refused.tooLarge");
        }
        if (body.length > 0) {
            try {
                check(utf8(body), context.getGenericType());
            } catch (BadBody e) {
                throw new WebApplicationException(e.key(), ErrorMappers.error(Response.Status.BAD_REQUEST, e, language));
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The whole check, for tests: throws {@link BadBody} with the reason, or returns quietly. */
    static void check(String json, Type target) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new BadBody("body.refused.notJson");
        }
        new Walk().value(value, target, "body");
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadBody("body.refused.notUtf8");
        }
    }

    private static WebApplicationException refused(Response.Status status, Locale language, String key, Object... args) {
        return new WebApplicationException(key, ErrorMappers.error(status, new Refusal(key, args), language));
    }

    /** A body refused before binding, with the reason the caller gets (400): a key of the platform's bundle. */
    static final class BadBody extends Refusal {
        private static final long serialVersionUID = 1L;

        BadBody(String key, Object... args) {
            super(key, args);
        }
    }

    /** Follows the JSON and the Java type side by side; types it does not know are left to JSON-B. */
    private static final class Walk {

        void value(JsonValue v, Type type, String path) {
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            Class<?> raw = raw(type);
            if (raw == null) {
                return;
            }
            if (raw == String.class) {
                text(expect(v, JsonValue.ValueType.STRING, path, "body.type.text"), path);
            } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class
                    || raw == short.class || raw == Short.class) {
                integer((JsonNumber) expect(v, JsonValue.ValueType.NUMBER, path, "body.type.integer"), raw, path);
            } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                    || raw == Float.class) {
                decimal((JsonNumber) expect(v, JsonValue.ValueType.NUMBER, path, "body.type.number"), path);
            } else if (raw == boolean.class || raw == Boolean.class) {
                if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                    throw wrongType(path, "body.type.boolean");
                }
            } else if (raw == LocalDate.class) {
                date(((JsonString) expect(v, JsonValue.ValueType.STRING, path, "body.type.date")).getString(), path);
            } else if (raw == LocalDateTime.class) {
                dateTime(((JsonString) expect(v, JsonValue.ValueType.STRING, path, "body.type.dateTime")).getString(), path);
            } else if (raw.isEnum()) {
                constant(((JsonString) expect(v, JsonValue.ValueType.STRING, path, "body.type.value")).getString(), raw, path);
            } else if (Collection.class.isAssignableFrom(raw)) {
                JsonArray array = (JsonArray) expect(v, JsonValue.ValueType.ARRAY, path, "body.type.list");
                Type element = argument(type, 0);
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                        throw new BadBody("body.refused.nullInList", path + "[" + i + "]");
                    }
                    value(array.get(i), element, path + "[" + i + "]");
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                JsonObject object = (JsonObject) expect(v, JsonValue.ValueType.OBJECT, path, "body.type.object");
                Type valueType = argument(type, 1);
                object.forEach((key, member) -> {
                    text(key, path + " key");
                    if (member.getValueType() == JsonValue.ValueType.NULL) {
                        throw new BadBody("body.refused.nullValue", path + "." + key);
                    }
                    value(member, valueType, path + "." + key);
                });
            } else if (raw.isRecord()) {
                record((JsonObject) expect(v, JsonValue.ValueType.OBJECT, path, "body.type.object"), raw, path);
            }
        }

        private void record(JsonObject object, Class<?> type, String path) {
            Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            for (var member : object.entrySet()) {
                RecordComponent component = components.get(member.getKey());
                if (component == null) {
                    throw new BadBody("body.refused.unknownField", path, shown(member.getKey()),
                            String.join(", ", new java.util.TreeSet<>(components.keySet())));
                }
                value(member.getValue(), component.getGenericType(), path.equals("body") ? member.getKey() : path + "." + member.getKey());
            }
        }

        private static JsonValue expect(JsonValue v, JsonValue.ValueType expected, String path, String what) {
            if (v.getValueType() != expected) {
                throw wrongType(path, what);
            }
            return v;
        }

        private static BadBody wrongType(String path, String what) {
            return new BadBody("body.refused.wrongType", path, new Refusal.Label(what));
        }

        private static void text(JsonValue v, String path) {
            text(((JsonString) v).getString(), path);
        }

        static void text(String s, String path) {
            if (s.length() > MAX_STRING) {
                throw new BadBody("body.refused.tooLong", path, String.valueOf(MAX_STRING));
            }
            if (PlainText.problemWith(s) != null) {
                throw new BadBody("body.refused.plainText", path);
            }
        }

        private static void integer(JsonNumber n, Class<?> raw, String path) {
            if (!n.isIntegral()) {
                throw new BadBody("body.refused.wholeNumber", path);
            }
            BigInteger value = n.bigIntegerValue();
            long min = raw == long.class || raw == Long.class ? Long.MIN_VALUE : raw == short.class || raw == Short.class
                    ? Short.MIN_VALUE : Integer.MIN_VALUE;
            long max = raw == long.class || raw == Long.class ? Long.MAX_VALUE : raw == short.class || raw == Short.class
                    ? Short.MAX_VALUE : Integer.MAX_VALUE;
            if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new BadBody("body.refused.range", path);
            }
        }

        private static void decimal(JsonNumber n, String path) {
            BigDecimal value = n.bigDecimalValue();
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 || value.scale() > 6) {
                throw new BadBody("body.refused.range", path);
            }
        }

        private static void date(String s, String path) {
            LocalDate date;
            try {
                date = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new BadBody("body.refused.date", path, shown(s));
            }
            inRange(date, path);
        }

        private static void dateTime(String s, String path) {
            LocalDateTime time;
            try {
                time = LocalDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new BadBody("body.refused.dateTime", path, shown(s));
            }
            inRange(time.toLocalDate(), path);
        }

        private static void inRange(LocalDate date, String path) {
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new BadBody("body.refused.dateRange", path, EARLIEST.toString(), LATEST.toString());
            }
        }

        private static void constant(String s, Class<?> type, String path) {
            Set<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!names.contains(s)) {
                throw new BadBody("body.refused.unknownValue", path, shown(s), String.join(", ", names));
            }
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                return c;
            }
            return null;
        }

        private static Type argument(Type type, int index) {
            return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                    ? p.getActualTypeArguments()[index] : Object.class;
        }

        /** Echoes a short, cleaned piece of the caller's text in a reason. */
        private static String shown(String s) {
            String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
            return cut.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }
}
