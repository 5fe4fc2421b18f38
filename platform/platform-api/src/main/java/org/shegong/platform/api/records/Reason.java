package org.shegong.platform.api.records;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A reason to tell someone that is not a refusal of what they did: an import row's error or note, a
 * column not read. Like a {@link Refusal}, a bundle key (the platform's or a module's) with its
 * arguments, said by {@link Reasons#text(Reason, Locale)} in the reader's language, so a page, the
 * API and a written file each say it in one language. A value, not an exception: rows keep lists of
 * them, and a view-scoped page keeps the rows (so it is {@link Serializable}, arguments included).
 */
public record Reason(String key, List<Object> args) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Reason {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a reason needs a key");
        }
        args = args == null ? List.of() : List.copyOf(args.stream().map(Reason::kept).toList());
    }

    /** The reason of {@code key} with these arguments (a {@link Refusal.Label}, a refusal or a reason is said in the same language). */
    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }

    /** The refusal's reason, kept as a value (e.g. a row refused by the same rule a single registration is). */
    public static Reason of(Refusal refusal) {
        return new Reason(refusal.key(), refusal.args());
    }

    /** In {@code locale}, from the bundles. */
    public String text(Locale locale) {
        return Reasons.text(this, locale);
    }

    /** An argument as something that survives serialization and is still said in the reader's language. */
    private static Object kept(Object a) {
        if (a == null) {
            return "";
        }
        if (a instanceof Refusal r) {
            return of(r);
        }
        return a instanceof Reason || a instanceof Refusal.Label || a instanceof String || a instanceof Number
                || a instanceof java.time.temporal.TemporalAccessor && a instanceof Serializable ? a : String.valueOf(a);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + " " + args;
    }
}
