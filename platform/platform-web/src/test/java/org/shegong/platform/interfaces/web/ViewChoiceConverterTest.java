package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** A view parameter that picks a view: what the page knows by its exact name, anything else as no parameter at all. */
class ViewChoiceConverterTest {

    private final ViewChoiceConverter converter = new ViewChoiceConverter();

    @Test
    void anEnumConstantIsTakenByItsExactName() {
        assertEquals(DayOfWeek.MONDAY, ViewChoiceConverter.choice(DayOfWeek.class, "MONDAY"));
        for (String unknown : new String[] {null, "", "monday", " MONDAY", "MONDAY ", "FOO", "<script>alert(1)</script>", "\0",
                "x".repeat(3000), "１２", "0"}) {
            assertNull(ViewChoiceConverter.choice(DayOfWeek.class, unknown), "?kind=" + unknown);
        }
    }

    @Test
    void aWholeNumberIsTakenInAsciiDigitsAndItsRangeIsThePages() {
        assertEquals(3, ViewChoiceConverter.choice(Integer.class, "3"));
        assertEquals(99, ViewChoiceConverter.choice(Integer.class, "99"), "the page's setter says which numbers it has");
        for (String unknown : new String[] {null, "", "abc", "-1", "+3", "3.5", " 3", "１２", "٣", "9999999999", "\0", "3\n"}) {
            assertNull(ViewChoiceConverter.choice(Integer.class, unknown), "?tab=" + unknown);
        }
    }

    @Test
    void aChoiceIsWrittenByItsNameAndNoneAsNothing() {
        assertEquals("MONDAY", converter.getAsString(null, null, DayOfWeek.MONDAY));
        assertEquals("3", converter.getAsString(null, null, 3));
        assertNull(converter.getAsString(null, null, null));
    }

    @Test
    void aPropertyOfAnotherTypeIsThePagesMistake() {
        assertThrows(IllegalStateException.class, () -> ViewChoiceConverter.choice(String.class, "x"));
    }
}
