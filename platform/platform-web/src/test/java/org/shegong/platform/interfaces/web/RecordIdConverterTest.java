package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.RecordNotFoundException;

/** A record's id in a page's address: a positive long in ASCII digits, anything else "not found" as an unknown id. */
class RecordIdConverterTest {

    private final RecordIdConverter converter = new RecordIdConverter();

    @Test
    void aPositiveWholeNumberIsTheRecordsId() {
        assertEquals(42L, converter.getAsObject(null, null, "42"));
        assertEquals(1L, converter.getAsObject(null, null, "1"));
        assertEquals(7L, converter.getAsObject(null, null, "007"), "leading zeros name the same record");
        assertEquals(Long.MAX_VALUE, converter.getAsObject(null, null, String.valueOf(Long.MAX_VALUE)));
    }

    @Test
    void aTextThatCannotNameARecordIsNotFoundAsAnUnknownIdIs() {
        for (String notAnId : new String[] {null, "", " ", "abc", "12abc", "abc12", "-1", "0", "00", "+5", " 42", "42 ", "4 2",
                "1e3", "0x2a", "4.0", "9223372036854775808", "99999999999999999999", "１２", "٤٢", "42\n"}) {
            assertThrows(RecordNotFoundException.class, () -> converter.getAsObject(null, null, notAnId), "?id=" + notAnId);
        }
    }

    @Test
    void anIdIsWrittenAsItsDigitsAndNoIdAsNothing() {
        assertEquals("42", converter.getAsString(null, null, 42L));
        assertNull(converter.getAsString(null, null, null), "no id stays no parameter, not an empty one");
    }
}
