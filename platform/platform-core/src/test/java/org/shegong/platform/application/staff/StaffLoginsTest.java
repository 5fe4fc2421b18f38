package org.shegong.platform.application.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRole;

/** Login names an admin may give, the temporary passwords handed over with them, and where a login stands. */
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

    @Test
    void aLoginIsInUseUntilDisabledAndADisabledOneCanBeEnabledAgain() {
        StaffMember admin = new StaffMember("关文博", StaffRole.OPERATOR_ADMIN, null);
        assertEquals(LoginState.NONE, admin.getLoginState());
        assertEquals("staff.refused.noLogin", assertThrows(Refusal.class, admin::disableLogin).key());
        assertEquals("staff.refused.noLogin", assertThrows(Refusal.class, admin::enableLogin).key());

        admin.setUsername("it.admin");
        assertEquals(LoginState.ACTIVE, admin.getLoginState());
        assertEquals("staff.refused.loginInUse", assertThrows(Refusal.class, admin::enableLogin).key());
        admin.disableLogin();
        assertEquals(LoginState.DISABLED, admin.getLoginState());
        assertEquals("staff.refused.loginDisabledAlready", assertThrows(Refusal.class, admin::disableLogin).key());
        admin.enableLogin();
        assertEquals(LoginState.ACTIVE, admin.getLoginState());
    }
}
