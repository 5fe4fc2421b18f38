package org.shegong.platform.api.records;

import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shegong.platform.api.module.ShegongModule;

/**
 * The one way a refusal becomes words for a person: a {@link Refusal}'s key looked up in the
 * platform's bundle, then in each module's, in the reader's language; an older reason written as a
 * "中文 / English" pair shows the half of that language. Pages (through {@code PageMessages} and the
 * platform's own page messages) and the API's error bodies both say it this way.
 */
public final class Reasons {

    /** The platform's bundle (in platform-web; on the same class path as every module). */
    static final String PLATFORM_BUNDLE = "org.shegong.platform.web.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Reasons() {
    }

    /** What to tell the person about {@code e}, in {@code locale}. */
    public static String text(Throwable e, Locale locale) {
        Refusal r = refusal(e);
        if (r != null) {
            return text(r.key(), r.args(), locale);
        }
        return inLanguage(e.getMessage(), locale);
    }

    /**
     * The refusal that says why {@code e} happened: {@code e} itself, or the refusal it was built
     * from (an access denial, a refused import: failures that are not bad input but still have a
     * reason to say); null when {@code e} carries only a text.
     */
    public static Refusal refusal(Throwable e) {
        if (e instanceof Refusal r) {
            return r;
        }
        return e != null && e.getCause() instanceof Refusal r ? r : null;
    }

    /**
     * A violated Bean Validation rule in {@code locale}: a message written as a bundle key in braces
     * ({@code message = "{resident.refused.nameControl}"}, which Bean Validation leaves as it is, since
     * the key is not in its own bundle) is said from the platform's or a module's bundle; any other
     * message as an older text.
     */
    public static String violation(jakarta.validation.ConstraintViolation<?> v, Locale locale) {
        String key = violationKey(v);
        if (key != null) {
            String text = text(key, List.of(), locale);
            if (!text.equals(key)) {
                return text;
            }
        }
        return inLanguage(v.getMessage(), locale);
    }

    /** The bundle key a violated rule's message names ({@code "{key}"}), or null. */
    public static String violationKey(jakarta.validation.ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        return template != null && template.matches("\\{[\\w.]+}") ? template.substring(1, template.length() - 1) : null;
    }

    /**
     * The reader's language from an API request's {@code Accept-Language}: English if the caller asks
     * for it before Chinese; Chinese otherwise (also with no header). Error bodies and a module's
     * answers that carry reasons (an import's rows) use this one rule.
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            // LanguageRange.parse orders the ranges by their weights (q), highest first
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Locale.ENGLISH;
                }
                if (tag.equals("zh") || tag.startsWith("zh-")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default language
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** A reason (an import row's error or note, a column not read) in {@code locale}. */
    public static String text(Reason reason, Locale locale) {
        return text(reason.key(), reason.args(), locale);
    }

    /** Each reason in {@code locale}, in order (a row's errors, joined by the page or file that shows them). */
    public static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> text(r, locale)).toList();
    }

    /** The bundle text of {@code key} (platform's, then the modules'), formatted; the key itself if none has it. */
    public static String text(String key, List<Object> args, Locale locale) {
        Locale language = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : locale;
        List<Bundle> bundles = bundles();
        Object[] said = args.stream().map(a -> a instanceof Refusal.Label l ? raw(bundles, l.key(), language)
                : a instanceof Refusal r ? text(r.key(), r.args(), language)
                : a instanceof Reason r ? text(r.key(), r.args(), language) : a).toArray();
        String pattern = raw(bundles, key, language);
        return pattern.equals(key) ? key : new MessageFormat(pattern, language).format(said);
    }

    /** The bundle's text of the key as written (no arguments filled in), or the key when no bundle has it. */
    private static String raw(List<Bundle> bundles, String key, Locale locale) {
        for (Bundle b : bundles) {
            try {
                return ResourceBundle.getBundle(b.name(), locale, b.loader(), NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                // not this bundle's key
            }
        }
        return key;
    }

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z]{2,}");
    private static final String BETWEEN = " / ";

    /**
     * The one rule for an older "中文 / English" text: the Chinese part (before the first " / ") for
     * Chinese, the rest for any other language. A text that is not such a pair (no Chinese before, or
     * no English words after, e.g. "张三 / 李四") is kept whole; the English half may quote a Chinese name.
     */
    public static String inLanguage(String message, Locale locale) {
        int at = message == null ? -1 : message.indexOf(BETWEEN);
        if (at <= 0) {
            return message;
        }
        String chinese = message.substring(0, at).strip();
        String other = message.substring(at + BETWEEN.length()).strip();
        if (!HAN.matcher(chinese).find() || !WORD.matcher(other).find()) {
            return message;
        }
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : other;
    }

    private record Bundle(String name, ClassLoader loader) {
    }

    /**
     * The bundles once the container has answered: every history line and label is said through
     * here, and the modules do not change while the application runs (this class is the
     * application's own, in its WEB-INF/lib, so a redeployment starts with none).
     */
    private static volatile List<Bundle> known;

    private static List<Bundle> bundles() {
        List<Bundle> cached = known;
        if (cached != null) {
            return cached;
        }
        List<Bundle> all = new ArrayList<>();
        all.add(new Bundle(PLATFORM_BUNDLE, Reasons.class.getClassLoader()));
        try {
            for (ShegongModule m : CDI.current().select(ShegongModule.class)) {
                all.add(new Bundle(m.bundle(), m.getClass().getClassLoader()));
            }
            known = List.copyOf(all);
        } catch (IllegalStateException e) {
            // no container (a unit test): the platform's bundle only, asked again next time
        }
        return all;
    }
}
