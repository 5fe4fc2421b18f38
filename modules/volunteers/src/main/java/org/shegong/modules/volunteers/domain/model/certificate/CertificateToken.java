package org.shegong.modules.volunteers.domain.model.certificate;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The token in a certificate's verification URL (its QR code): 128 random bits, URL-safe, so no one
 * can walk from one certificate to the next as they could with a serial number. The serial is for
 * people to read on paper; the token is what the public page is asked with.
 */
public final class CertificateToken {

    /** 16 bytes in URL-safe base64 without padding: exactly 22 characters. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateToken() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text from outside can be a token at all; anything else is "not found" without a lookup. */
    public static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
