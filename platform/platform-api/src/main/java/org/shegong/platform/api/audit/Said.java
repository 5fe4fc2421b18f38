package org.shegong.platform.api.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;

/**
 * A history entry's details or a read's purpose stored so that each reader reads it in their own
 * language (issue 15): one or more phrases, each a bundle key with its arguments, written
 * {@code #key|arg|arg#key|arg}. An argument is a value as typed ({@code =张三}) or a bundle key said
 * in the reader's language ({@code @label.Gender.F}) or several such keys ({@code *k1,k2}, from a
 * collection of {@link Refusal.Label}s) or people's values listed ({@code +甲,乙}, from {@link #values}, each
 * value's {@code ,} and {@code \} escaped with {@code \}); {@code #}, {@code |} and {@code \} inside a
 * value are escaped with {@code \}. A text a person typed is kept whole ({@link #typed}): one that
 * starts like a phrase is stored behind a {@code \}, so nobody can make the page say a bundle text
 * they did not choose. Older rows (plain sentences) still read as stored.
 *
 * <p>{@link #say} is the one way such a text becomes words; the pages use it through {@code labels.text}.
 */
public final class Said {

    private static final char PHRASE = '#';
    private static final char NEXT = '|';
    private static final char ESCAPE = '\\';
    private static final char VALUE = '=';
    private static final char LABEL = '@';
    private static final char LABELS = '*';
    private static final char VALUES = '+';
    private static final char LIST = ',';

    private Said() {
    }

    /**
     * People's values (names as typed) for one argument, listed as the reader's language lists them:
     * 甲、乙、丙 in Chinese, "A, B and C" in English; a join made when writing would fix one language.
     */
    public record Values(List<String> values) implements java.io.Serializable {

        public Values {
            values = List.copyOf(values);
        }
    }

    /** {@link Values} of these texts (nulls dropped). */
    public static Values values(Collection<String> values) {
        return new Values(values.stream().filter(java.util.Objects::nonNull).toList());
    }

    /**
     * One phrase: {@code key} (the platform's or a module's bundle, a {@link java.text.MessageFormat}
     * pattern) with its arguments: a {@link Refusal.Label} (or a collection of them, listed) is said
     * from the bundles; a phrase that ends in a colon introduces the next one; anything else is
     * kept as its text (a person's data, a number, a date).
     */
    public static String of(String key, Object... args) {
        StringBuilder s = new StringBuilder().append(PHRASE).append(key);
        for (Object a : args) {
            s.append(NEXT);
            if (a instanceof Refusal.Label l) {
                s.append(LABEL).append(escape(l.key()));
            } else if (a instanceof Values v) {
                s.append(VALUES).append(escape(v.values().stream().map(Said::escapeListed).collect(Collectors.joining(String.valueOf(LIST)))));
            } else if (a instanceof Collection<?> labels) {
                s.append(LABELS).append(escape(labels.stream().map(String::valueOf).collect(Collectors.joining(","))));
            } else {
                s.append(VALUE).append(escape(a == null ? "" : String.valueOf(a)));
            }
        }
        return s.toString();
    }

    /** Several phrases read one after another (e.g. the fields a change touched); empty for none. */
    public static String all(List<String> phrases) {
        return String.join("", phrases);
    }

    /** A text a person typed (a purpose they gave), stored so that it is always shown as typed. */
    public static String typed(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == PHRASE || first == ESCAPE ? ESCAPE + text : text;
    }

    /** Whether {@code stored} was written by {@link #of} or {@link #typed} (not an older plain text). */
    public static boolean isSaid(String stored) {
        return stored != null && !stored.isEmpty() && (stored.charAt(0) == PHRASE || stored.charAt(0) == ESCAPE);
    }

    /**
     * The stored text in {@code locale}: phrases said from the bundles and joined as the language
     * joins clauses; a typed text as typed; anything else (older rows, or a phrase whose key no
     * bundle knows) exactly as stored.
     */
    public static String say(String stored, Locale locale) {
        if (!isSaid(stored)) {
            return stored == null ? "" : stored;
        }
        if (stored.charAt(0) == ESCAPE) {
            return stored.substring(1);
        }
        List<List<String>> phrases = parse(stored);
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        for (List<String> phrase : phrases) {
            String key = phrase.get(0);
            List<Object> args = new ArrayList<>();
            for (String a : phrase.subList(1, phrase.size())) {
                args.add(argument(a, locale, chinese));
            }
            String text = Reasons.text(key, args, locale);
            if (text.equals(key)) {
                return stored; // not a key any bundle knows: not ours to say
            }
            if (out.length() > 0) {
                out.append(out.charAt(out.length() - 1) == '：' ? "" : out.charAt(out.length() - 1) == ':' ? " " : chinese ? "；" : "; ");
            }
            out.append(text);
        }
        return out.toString();
    }

    private static Object argument(String a, Locale locale, boolean chinese) {
        if (a.isEmpty()) {
            return "";
        }
        String rest = a.substring(1);
        return switch (a.charAt(0)) {
            case LABEL -> new Refusal.Label(rest);
            case LABELS -> rest.isEmpty() ? "—" : Arrays.stream(rest.split(","))
                    .map(k -> Reasons.text(k, List.of(), locale)).collect(Collectors.joining(chinese ? "、" : ", "));
            case VALUES -> listed(splitListed(rest), chinese);
            default -> rest;
        };
    }

    /** 甲、乙、丙 / "A, B and C" (English puts "and" before the last, as a reader expects). */
    static String listed(List<String> values, boolean chinese) {
        if (values.isEmpty()) {
            return "—";
        }
        if (chinese || values.size() == 1) {
            return String.join(chinese ? "、" : ", ", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }

    private static String escapeListed(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == LIST || c == ESCAPE) {
                s.append(ESCAPE);
            }
            s.append(c);
        }
        return s.toString();
    }

    private static List<String> splitListed(String rest) {
        List<String> values = new ArrayList<>();
        if (rest.isEmpty()) {
            return values;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == ESCAPE && i + 1 < rest.length()) {
                value.append(rest.charAt(++i));
            } else if (c == LIST) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    private static List<List<String>> parse(String stored) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> phrase = null;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == ESCAPE && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == PHRASE) {
                if (phrase != null) {
                    phrase.add(part.toString());
                }
                phrase = new ArrayList<>();
                phrases.add(phrase);
                part.setLength(0);
            } else if (c == NEXT) {
                phrase.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (phrase != null) {
            phrase.add(part.toString());
        }
        return phrases;
    }

    private static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == PHRASE || c == NEXT || c == ESCAPE) {
                s.append(ESCAPE);
            }
            s.append(c);
        }
        return s.toString();
    }
}
