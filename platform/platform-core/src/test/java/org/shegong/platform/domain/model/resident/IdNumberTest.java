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
    void masksAllButRegionPrefixAndLastFour() {
        assertEquals("1101**********002X", IdNumber.of(STANDARD_EXAMPLE).masked());
        assertEquals("1101**********002X", IdNumber.of(STANDARD_EXAMPLE).toString());
    }

    @Test
    void refusesAWrongCheckDigitWithAClearMessage() {
        var e = assertThrows(InvalidIdNumberException.class, () -> IdNumber.of("110105194912310021"));
        assertTrue(e.getMessage().contains("校验位"), e.getMessage());
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
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
        assertTrue(noDate.getMessage().contains("15位旧身份证号无法转换"), noDate.getMessage());
        assertThrows(InvalidIdNumberException.class, () -> IdNumber.fromFirstGeneration("11010549123100"));
    }
}
