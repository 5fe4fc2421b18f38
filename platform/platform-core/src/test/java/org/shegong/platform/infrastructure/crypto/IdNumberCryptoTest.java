package org.shegong.platform.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdNumberCryptoTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final IdNumberCrypto crypto = new IdNumberCrypto(key(1), key(2));

    @Test
    void roundTripsAndNeverStoresThePlainNumber() {
        String stored = crypto.encrypt("11010519491231002X");
        assertTrue(stored.startsWith("v1:"));
        assertFalse(stored.contains("19491231"));
        assertEquals("11010519491231002X", crypto.decrypt(stored));
    }

    @Test
    void encryptsTheSameNumberDifferentlyEachTime() {
        assertNotEquals(crypto.encrypt("11010519491231002X"), crypto.encrypt("11010519491231002X"));
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        assertEquals(crypto.blindIndex("11010519491231002X"), crypto.blindIndex("11010519491231002X"));
        assertEquals(64, crypto.blindIndex("11010519491231002X").length());
        assertNotEquals(crypto.blindIndex("11010519491231002X"),
                new IdNumberCrypto(key(1), key(3)).blindIndex("11010519491231002X"));
    }

    @Test
    void aDifferentKeyCannotDecrypt() {
        String stored = crypto.encrypt("11010519491231002X");
        assertThrows(IllegalStateException.class, () -> new IdNumberCrypto(key(9), key(2)).decrypt(stored));
    }

    @Test
    void refusesTamperedCiphertext() {
        String stored = crypto.encrypt("11010519491231002X");
        byte[] sealed = Base64.getDecoder().decode(stored.substring("v1:".length()));
        for (int i = 0; i < sealed.length; i++) {
            // Flip one bit in each byte in turn: nonce, ciphertext and tag are all authenticated.
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String value = "v1:" + Base64.getEncoder().encodeToString(tampered);
            assertThrows(IllegalStateException.class, () -> crypto.decrypt(value), "byte " + i);
        }
    }

    @Test
    void refusesShortOrEqualKeys() {
        assertThrows(IllegalArgumentException.class, () -> new IdNumberCrypto(new byte[16], key(2)));
        assertThrows(IllegalArgumentException.class, () -> new IdNumberCrypto(key(1), key(1)));
    }

    /** The Mac is keyed once per thread and reused: each value's index is still HMAC-SHA256 of that value alone. */
    @Test
    void eachBlindIndexIsTheHmacOfItsValueAloneEvenInARow() throws Exception {
        javax.crypto.Mac fresh = javax.crypto.Mac.getInstance("HmacSHA256");
        for (String number : new String[] {"11010519491231002X", "140106193501011002", "11010519491231002X", ""}) {
            fresh.init(new javax.crypto.spec.SecretKeySpec(key(2), "HmacSHA256"));
            String expected = java.util.HexFormat.of().formatHex(fresh.doFinal(number.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(expected, crypto.blindIndex(number), number);
        }
        // another thread's Mac is keyed the same
        String[] elsewhere = new String[1];
        Thread t = new Thread(() -> elsewhere[0] = crypto.blindIndex("140106193501011002"));
        t.start();
        t.join();
        assertEquals(crypto.blindIndex("140106193501011002"), elsewhere[0]);
    }
}
