package org.shegong.platform.domain.model.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A phone in a list is masked; a search compares whole numbers, whatever separators were typed. */
class PhoneNumberTest {

    @Test
    void aMobileShowsItsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", PhoneNumber.masked("13812345678"));
        assertEquals("138-****-5678", PhoneNumber.masked("138-1234-5678"), "separators stay where they were typed");
        assertEquals("+86 1** **** 5678", PhoneNumber.masked("+86 138 1234 5678"), "never more than seven digits shown");
    }

    @Test
    void landlinesAndShortNumbersKeepAtLeastFourDigitsHidden() {
        assertEquals("035*-***5678", PhoneNumber.masked("0351-4055678"));
        assertEquals("40****78", PhoneNumber.masked("40551278"));
        assertEquals("****5", PhoneNumber.masked("95555"));
        assertEquals("****", PhoneNumber.masked("1234"));
        for (String phone : new String[] {"13812345678", "0351-4055678", "40551278", "95555", "+86 138 1234 5678", "(0351) 405 5678"}) {
            String masked = PhoneNumber.masked(phone);
            assertEquals(phone.length(), masked.length(), phone);
            assertTrue(masked.chars().filter(c -> c == '*').count() >= 4, phone + " → " + masked);
        }
    }

    @Test
    void nothingToMaskStaysAsItIs() {
        assertNull(PhoneNumber.masked(null));
        assertEquals("", PhoneNumber.masked(""));
        assertEquals("  ", PhoneNumber.masked("  "));
    }

    @Test
    void aWholeNumberIsTheNumberWithoutItsSeparators() {
        assertEquals("13812345678", PhoneNumber.whole(" 138-1234 5678 "));
        assertEquals("03514055678", PhoneNumber.whole("(0351) 405-5678"));
        assertEquals("+8613812345678", PhoneNumber.whole("+86 138 1234 5678"), "a country code is part of the number");
        assertEquals("abc", PhoneNumber.whole("abc"), "letters are kept, so they match no number");
        assertNull(PhoneNumber.whole(null));
    }
}
