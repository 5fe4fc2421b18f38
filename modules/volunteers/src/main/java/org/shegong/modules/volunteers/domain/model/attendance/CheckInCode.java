package org.shegong.modules.volunteers.domain.model.attendance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a shift's QR code says: this operator, this shift, at this station — signed with the
 * module's key (HMAC-SHA256), so a code cannot be made up or edited to point at another shift or
 * station. The code alone proves nothing about time or person: the window, the one check-in per
 * person and the signed-in volunteer are checked where it is used.
 *
 * <p>Text form: {@code base64url(tenant|shiftId|streetCode) "." base64url(hmac)}, URL-safe, short
 * enough for a QR code.
 */
public record CheckInCode(String tenant, long shiftId, String streetCode) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String FORGED = "volunteers.refused.invalidCode";

    public String sign(byte[] key) {
        String payload = ENCODER.encodeToString((tenant + "|" + shiftId + "|" + streetCode).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /** The code's content if its signature is ours; anything else is refused as not valid. */
    public static CheckInCode verify(String code, byte[] key) {
        if (code == null || code.length() > 300) {
            throw new CheckInRefused(FORGED);
        }
        int dot = code.indexOf('.');
        if (dot <= 0 || dot != code.lastIndexOf('.')) {
            throw new CheckInRefused(FORGED);
        }
        String payload = code.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODER.decode(code.substring(dot + 1));
            parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new CheckInRefused(FORGED);
        }
        if (!MessageDigest.isEqual(signature, mac(key, payload)) || parts.length != 3) {
            throw new CheckInRefused(FORGED);
        }
        try {
            return new CheckInCode(parts[0], Long.parseLong(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new CheckInRefused(FORGED);
        }
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
