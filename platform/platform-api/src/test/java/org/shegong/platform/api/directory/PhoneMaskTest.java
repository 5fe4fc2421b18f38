package org.shegong.platform.api.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A phone where the number is not needed is masked, one way everywhere. */
class PhoneMaskTest {

    @Test
    void aMobileShowsItsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", PhoneMask.of("13812345678"));
        assertEquals("138-****-5678", PhoneMask.of("138-1234-5678"), "separators stay where they were typed");
        assertEquals("+86 1** **** 5678", PhoneMask.of("+86 138 1234 5678"), "never more than seven digits shown");
    }

    @Test
    void landlinesAndShortNumbersKeepAtLeastFourDigitsHidden() {
        assertEquals("035*-***5678", PhoneMask.of("0351-4055678"));
        assertEquals("40****78", PhoneMask.of("40551278"));
        assertEquals("****5", PhoneMask.of("95555"));
        assertEquals("****", PhoneMask.of("1234"));
        for (String phone : new String[] {"13812345678", "0351-4055678", "40551278", "95555", "+86 138 1234 5678", "(0351) 405 5678"}) {
            String masked = PhoneMask.of(phone);
            assertEquals(phone.length(), masked.length(), phone);
            assertTrue(masked.chars().filter(c -> c == '*').count() >= 4, phone + " → " + masked);
        }
    }

    @Test
    void nothingToMaskStaysAsItIs() {
        assertNull(PhoneMask.of(null));
        assertEquals("", PhoneMask.of(""));
        assertEquals("  ", PhoneMask.of("  "));
    }
}
