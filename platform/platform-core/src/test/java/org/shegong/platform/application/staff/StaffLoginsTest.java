package org.shegong.platform.application.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Login names an admin may give, and the temporary passwords handed over with them. */
class StaffLoginsTest {

    @Test
    void loginNamesAreLowerCaseLettersDigitsAndDotsStartingWithALetter() {
        for (String good : List.of("yingze.worker2", "abc", "it-login3k.worker", "a_b")) {
            assertTrue(StaffLogins.USERNAME.matcher(good).matches(), good);
        }
        for (String bad : List.of("", "ab", "Yingze", "苗婷婷", "a b", "1abc", ".abc", "abc'--", "x".repeat(51))) {
            assertFalse(StaffLogins.USERNAME.matcher(bad).matches(), bad);
        }
    }

    @Test
    void temporaryPasswordsAreTwelveUnambiguousCharactersAndDiffer() {
        String one = StaffLogins.temporaryPassword();
        assertEquals(12, one.length());
        assertTrue(one.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), one);
        assertNotEquals(one, StaffLogins.temporaryPassword());
    }
}
