package org.shegong.platform.interfaces.rest;

import jakarta.json.Json;
import java.util.Locale;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;

/**
 * The one shape of every API error: {@code {"error": <the reason in the caller's language>, "key":
 * <its bundle key>}}. The language is the caller's Accept-Language (English if asked for before
 * Chinese, Chinese otherwise); the key stays the same in every language, for programs and tests.
 * Used by the exception mappers and by the servlet filters that answer before Jakarta REST runs.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    /** The JSON text for {@code reason} in {@code language}. */
    public static String json(Refusal reason, Locale language) {
        return Json.createObjectBuilder().add("error", Reasons.text(reason, language)).add("key", reason.key())
                .build().toString();
    }

    /** The JSON text for the platform bundle's {@code key} (with its arguments) in {@code language}. */
    public static String json(String key, Locale language, Object... args) {
        return json(new Refusal(key, args), language);
    }

    /** English if the caller asks for it before Chinese; Chinese otherwise (the one rule is {@link org.shegong.platform.api.records.Reasons#language}). */
    public static Locale language(String acceptLanguage) {
        return org.shegong.platform.api.records.Reasons.language(acceptLanguage);
    }
}
