package org.shegong.platform.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts ID numbers at rest (AES-256-GCM, a fresh 96-bit nonce per value, stored as
 * {@code v1:base64(nonce|ciphertext|tag)}) and derives their blind index (HMAC-SHA256 under a
 * second, separate key). Keys come from configuration; the two keys must differ so that leaking
 * the index key does not expose the ciphertexts.
 */
public final class IdNumberCrypto {

    public static final String ENCRYPTION_KEY = "shegong.crypto.id-number-key";
    public static final String INDEX_KEY = "shegong.crypto.id-number-index-key";

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile IdNumberCrypto configured;

    private final SecretKeySpec encryptionKey;

    /*
     * One Cipher and one Mac per thread: getInstance looks the algorithm up among the providers each
     * time, which showed in the import's profile (thousands of numbers a file). Neither is
     * thread-safe, hence per thread. A Cipher is re-initialised with a fresh nonce before every use;
     * the Mac is keyed once (its key never changes) and doFinal leaves it keyed for the next value —
     * keying it again per value was a sixth of an import's check.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs;

    public IdNumberCrypto(byte[] encryptionKey, byte[] indexKey) {
        if (encryptionKey.length != 32 || indexKey.length < 32) {
            throw new IllegalArgumentException("the ID number keys must be 32 bytes (base64 in configuration)");
        }
        if (java.util.Arrays.equals(encryptionKey, indexKey)) {
            throw new IllegalArgumentException(ENCRYPTION_KEY + " and " + INDEX_KEY + " must differ");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        SecretKeySpec key = new SecretKeySpec(indexKey, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> instance(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        }));
    }

    /** The instance built from MicroProfile Config, made once. */
    public static IdNumberCrypto configured() {
        IdNumberCrypto c = configured;
        if (c == null) {
            synchronized (IdNumberCrypto.class) {
                if (configured == null) {
                    var config = ConfigProvider.getConfig();
                    configured = new IdNumberCrypto(
                            decodeKey(ENCRYPTION_KEY, config.getValue(ENCRYPTION_KEY, String.class)),
                            decodeKey(INDEX_KEY, config.getValue(INDEX_KEY, String.class)));
                }
                c = configured;
            }
        }
        return c;
    }

    private static byte[] decodeKey(String name, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64", e);
        }
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt an ID number", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("an ID number column holds a value that is not ciphertext");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt an ID number (wrong key or damaged value)", e);
        }
    }

    public String blindIndex(String plain) {
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES/GCM or HmacSHA256", e);
        }
    }
}
