package org.shegong.platform.application.residents.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.domain.model.resident.InvalidIdNumberException;

class TypedValueTest {

    /** GB 11643's worked example, and its first-generation form. */
    private static final String ID = "11010519491231002X";

    @Test
    void idNumbersAsPeopleTypeThemBecomeTheNumberWithANote() {
        assertEquals(TypedValue.unchanged(ID), TypedValue.idNumber(ID));
        assertEquals(ID, TypedValue.idNumber("11010519491231002x").value(), "a lower-case x is the same number");
        TypedValue fullWidth = TypedValue.idNumber("１１０１０５１９４９１２３１００２Ｘ");
        assertEquals(ID, fullWidth.value());
        assertEquals(org.shegong.platform.api.records.Reason.of("import.note.idHalfWidth", ID), fullWidth.note().orElseThrow());
        assertEquals(ID, TypedValue.idNumber("110105 19491231 002X").value(), "digit groups close up");
        assertEquals(ID, TypedValue.idNumber("110105-1949-1231-002X\u00A0").value());
        assertEquals(ID, TypedValue.idNumber("\u200B11010519491231002X").value(), "a zero-width space goes");
        TypedValue firstGeneration = TypedValue.idNumber("110105491231002");
        assertEquals(ID, firstGeneration.value());
        assertEquals(org.shegong.platform.api.records.Reason.of("import.note.idConverted", ID), firstGeneration.note().orElseThrow());
        assertThrows(InvalidIdNumberException.class, () -> TypedValue.idNumber("110105491331002"), "no 13th month");
        assertEquals("1101051949123100", TypedValue.idNumber("1101051949123100").value(), "a missing digit is never guessed");
    }

    @Test
    void phonesLoseSpacesDashesAndTheCountryCodeOfAMobile() {
        assertEquals(TypedValue.unchanged("13912345678"), TypedValue.phone("13912345678"));
        for (String typed : new String[] {"139 1234 5678", "139-1234-5678", "+86 139 1234 5678", "+8613912345678",
                "0086-13912345678", "１３９１２３４５６７８", "13912345678\u00A0"}) {
            TypedValue phone = TypedValue.phone(typed);
            assertEquals("13912345678", phone.value(), typed);
            assertEquals(org.shegong.platform.api.records.Reason.of("import.note.phone", "13912345678"), phone.note().orElseThrow(),
                    "the note shows the stored value");
        }
        assertEquals(TypedValue.unchanged("0351-4041234"), TypedValue.phone("0351-4041234"), "a landline keeps its form");
    }

    @Test
    void textLosesInvisibleCharactersAndOddSpacesWithANote() {
        TypedValue name = TypedValue.text("导测17\u00A0", "import.field.name");
        assertEquals("导测17", name.value());
        assertEquals(org.shegong.platform.api.records.Reason.of("import.note.cleaned",
                new org.shegong.platform.api.records.Refusal.Label("import.field.name")), name.note().orElseThrow(), "the note names the column");
        assertEquals("王小明", TypedValue.text("王\u200B小明", "姓名").value());
        assertEquals("青年路 5 号", TypedValue.text("青年路\u3000\u30005\u00A0号", "地址").value());
        assertEquals(TypedValue.unchanged("张三"), TypedValue.text(" 张三 ", "姓名"));
    }

    @Test
    void birthDatesInTheFormsPeopleWrite() {
        LocalDate expected = LocalDate.of(1950, 3, 2);
        for (String typed : new String[] {"1950-03-02", "1950/3/2", "1950.3.2", "1950年3月2日", "19500302", "１９５０-０３-０２"}) {
            assertEquals(Optional.of(expected), TypedValue.date(typed), typed);
        }
        assertEquals(Optional.empty(), TypedValue.date("1950-02-30"));
        assertEquals(Optional.empty(), TypedValue.date("三月二日"));
    }

    /**
     * The scan that lets most cells skip the replacements must let none through that they would
     * change: every character of the Basic Multilingual Plane, alone, between letters, doubled.
     */
    @Test
    void thePlainScanAgreesWithTheReplacementsForEveryCharacter() {
        int plain = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : new String[] {String.valueOf(c), "张" + c + "三", "a" + c + c + "b"}) {
                if (TypedValue.isPlain(s)) {
                    plain++;
                    assertEquals(TypedValue.cleaned(s), s.strip(), "U+" + Integer.toHexString(c) + " in " + s);
                }
            }
        }
        assertTrue(plain > 190_000, "most characters are plain: " + plain);
        assertTrue(!TypedValue.isPlain("张  三") && !TypedValue.isPlain("张\u3000三") && !TypedValue.isPlain("\u200B张三"));
        assertEquals(TypedValue.unchanged("张三"), TypedValue.text(" 张三 ", "import.field.name"));
        assertEquals("张 三", TypedValue.text("张\u00A0\u00A0三", "import.field.name").value());
    }

    /** The shortcut for a number already as stored gives what the full normalisation gives, and only for such numbers. */
    @Test
    void aCanonicalIdNumberSkipsTheNormalisationWithTheSameResult() {
        assertTrue(TypedValue.isCanonicalIdNumber(ID));
        assertTrue(TypedValue.isCanonicalIdNumber("110105194912310021"));
        for (String other : new String[] {"11010519491231002x", "110105491231002", "1101051949123100", "110105 19491231002X",
                "１１０１０５１９４９１２３１００２Ｘ", "X10105194912310021", "1101051949123100211"}) {
            assertTrue(!TypedValue.isCanonicalIdNumber(other), other);
        }
        assertEquals(TypedValue.unchanged(ID), TypedValue.idNumber(" " + ID + " "));
        assertEquals(TypedValue.unchanged(ID), TypedValue.idNumber("11010519491231002x"), "the long way gives the same");
    }

    /** The shortcut for a mobile number already as stored gives what the full normalisation gives, and only for such numbers. */
    @Test
    void aCanonicalMobileSkipsTheNormalisationWithTheSameResult() {
        for (String stored : new String[] {"13012345678", "19987654321", "13912345678"}) {
            assertTrue(TypedValue.isCanonicalMobile(stored), stored);
            assertEquals(TypedValue.unchanged(stored), TypedValue.phone(stored));
            // the long way, taken by the same number behind a separator, ends at the same value
            assertEquals(stored, TypedValue.phone(stored.substring(0, 3) + "-" + stored.substring(3)).value());
        }
        for (String other : new String[] {"12912345678", "1391234567", "139123456789", "139 1234567", "1391234567X",
                "１３９１２３４５６７８", "8613912345678", "0351-4041234", "23912345678", ""}) {
            assertTrue(!TypedValue.isCanonicalMobile(other), other);
        }
        assertEquals(TypedValue.unchanged("12912345678"), TypedValue.phone("12912345678"), "not a mobile: kept as typed");
    }
}
