package org.shegong.platform.domain.model.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A search compares whole numbers, whatever separators were typed. */
class PhoneNumberTest {

    @Test
    void aWholeNumberIsTheNumberWithoutItsSeparators() {
        assertEquals("13812345678", PhoneNumber.whole(" 138-1234 5678 "));
        assertEquals("03514055678", PhoneNumber.whole("(0351) 405-5678"));
        assertEquals("+8613812345678", PhoneNumber.whole("+86 138 1234 5678"), "a country code is part of the number");
        assertEquals("abc", PhoneNumber.whole("abc"), "letters are kept, so they match no number");
        assertNull(PhoneNumber.whole(null));
    }
}
