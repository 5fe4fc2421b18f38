package org.shegong.platform.api.records;

import java.util.List;
import java.util.Locale;

/**
 * Punctuation that code puts between words, from the platform's bundle in the reader's language
 * ({@code common.colon}, {@code common.parenOpen}, {@code common.parenClose}): full-width in Chinese
 * ("陆阳宇（V000001）"), ASCII in English ("Lu Yangyu (V000001)"), never one language's marks in the other.
 */
public final class Punctuation {

    private Punctuation() {
    }

    /** {@code text} with {@code aside} in parentheses after it. */
    public static String aside(String text, String aside, Locale locale) {
        return text + Reasons.text("common.parenOpen", List.of(), locale) + aside + Reasons.text("common.parenClose", List.of(), locale);
    }

    /** {@code label}, a colon, then {@code value}. */
    public static String labelled(String label, String value, Locale locale) {
        return label + Reasons.text("common.colon", List.of(), locale) + value;
    }
}
