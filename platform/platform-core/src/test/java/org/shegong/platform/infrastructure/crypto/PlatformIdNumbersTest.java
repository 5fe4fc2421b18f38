package org.shegong.platform.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformIdNumbersTest {

    final PlatformIdNumbers ids = new PlatformIdNumbers();

    @Test
    void fullWidthDigitsSpacesAndALowerXSayTheSameNumber() {
        assertEquals("11010519491231002X", ids.checked("１１０１０５ 1949 1231 002x"));
        assertEquals("1101**************", ids.masked("11010519491231002X"));
    }

    @Test
    void anInvalidOrMissingNumberIsRefusedWithItsReason() {
        assertEquals("idNumber.refused.checkDigit",
                assertThrows(org.shegong.platform.api.records.Refusal.class, () -> ids.checked("110105194912310021")).key());
        assertEquals("idNumber.refused.required",
                assertThrows(org.shegong.platform.api.records.Refusal.class, () -> ids.checked("  ")).key());
    }
}
