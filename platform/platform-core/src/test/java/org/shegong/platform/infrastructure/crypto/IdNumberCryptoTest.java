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
}
