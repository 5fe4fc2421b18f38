package org.shegong.platform.domain.model.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    /** The worked example of GB 11643-1999: 11010519491231002X. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsWorkedExample() {
        IdNumber id = IdNumber.of(STANDARD_EXAMPLE);
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('X', IdNumber.checkCharFor("11010519491231002"));
        assertEquals('4', IdNumber.checkCharFor("44052418800101001")); // the widely cited 440524188001010014
    }

    @Test
    void normalisesALowerCaseX() {
        assertEquals(STANDARD_EXAMPLE, IdNumber.of(" 11010519491231002x ").value());
    }

    @Test
    void masksAllButTheRegionPrefix() {
        assertEquals("1101**************", IdNumber.of(STANDARD_EXAMPLE).masked());
        assertEquals("1101**************", IdNumber.of(STANDARD_EXAMPLE).toString());
    }

    /**
     * Issue 10 item 3: lists, cards, exports and the API show the masked number beside the full
     * birth date, the gender and the community (which gives the county, digits 1–6). Every number
     * consistent with all of that is a candidate; the masked number must leave many.
     */
    @Test
    void theMaskedNumberWithEverythingShownBesideItCannotBeRebuilt() {
        for (String id : new String[] {STANDARD_EXAMPLE, "440524188001010014", "140106199001011234"}) {
            IdNumber number = IdNumber.of(id);
            String masked = number.masked();
            String county = id.substring(0, 6);
            String born = number.birthDate().toString().replace("-", "");
            int candidates = 0;
            for (int sequence = 0; sequence < 1000; sequence++) {
                String first17 = county + born + String.format("%03d", sequence);
                IdNumber candidate = IdNumber.of(first17 + IdNumber.checkCharFor(first17));
                if (candidate.masked().equals(masked) && candidate.gender() == number.gender()) {
                    candidates++;
                }
            }
            assertTrue(candidates >= 100, id + ": " + candidates + " candidates remain");
        }
    }

    @Test
    void refusesAWrongCheckDigitWithAClearMessage() {
        var e = assertThrows(InvalidIdNumberException.class, () -> IdNumber.of("110105194912310021"));
        assertEquals("idNumber.refused.checkDigit", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "1101051949123100211", "11010519491331002X", "1101A519491231002X",
            "11010519490230002X", "11010519491231002Y"})
    void refusesMalformedNumbers(String raw) {
        assertThrows(InvalidIdNumberException.class, () -> IdNumber.of(raw));
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidIdNumberException.class, () -> IdNumber.of(null));
    }

    @Test
    void convertsAFirstGenerationNumberByInsertingTheCenturyAndTheCheckCharacter() {
        assertEquals(STANDARD_EXAMPLE, IdNumber.fromFirstGeneration("110105491231002").value());
        InvalidIdNumberException noDate = assertThrows(InvalidIdNumberException.class,
                () -> IdNumber.fromFirstGeneration("110105491331002"));
        assertEquals("idNumber.refused.firstGenerationDate", noDate.key());
        assertEquals("idNumber.refused.length", assertThrows(InvalidIdNumberException.class, () -> IdNumber.of("1101051949")).key());
        assertThrows(InvalidIdNumberException.class, () -> IdNumber.fromFirstGeneration("11010549123100"));
    }
}
