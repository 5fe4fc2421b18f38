package org.shegong.platform.application.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.ProviderLogin;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * Login names an admin may give, the temporary passwords handed over with them, where a login stands,
 * and how what Keycloak holds corrects the record.
 */
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

    @Test
    void keycloakWinsWhereTheRecordDisagreesAndAnAccountItDoesNotHoldIsNoLogin() {
        StaffMember worker = new StaffMember("牛海波", StaffRole.OPERATOR_ADMIN, null);
        for (ProviderLogin account : ProviderLogin.values()) {
            assertEquals(LoginState.NONE, worker.loginStateAt(account), "no username: " + account);
            assertEquals(Optional.empty(), worker.correctLoginFrom(account), "no username: " + account);
        }
        worker.setUsername("it.worker");
        // Recorded 在用, disabled in Keycloak's console: corrected to 已停用, once.
        assertEquals(LoginState.DISABLED, worker.loginStateAt(ProviderLogin.DISABLED));
        assertEquals(Optional.of(LoginState.DISABLED), worker.correctLoginFrom(ProviderLogin.DISABLED));
        assertEquals(LoginState.DISABLED, worker.getLoginState());
        assertEquals(Optional.empty(), worker.correctLoginFrom(ProviderLogin.DISABLED), "in step: nothing to correct");
        // Enabled again there: 在用 again.
        assertEquals(Optional.of(LoginState.ACTIVE), worker.correctLoginFrom(ProviderLogin.ENABLED));
        assertEquals(LoginState.ACTIVE, worker.getLoginState());
        assertEquals(Optional.empty(), worker.correctLoginFrom(ProviderLogin.ENABLED));
        // No account there: shown as 无登录, and the record is left as it is (nothing stored for that).
        assertEquals(LoginState.NONE, worker.loginStateAt(ProviderLogin.ABSENT));
        assertEquals(Optional.empty(), worker.correctLoginFrom(ProviderLogin.ABSENT));
        assertEquals(LoginState.ACTIVE, worker.getLoginState());
        worker.disableLogin();
        assertEquals(LoginState.NONE, worker.loginStateAt(ProviderLogin.ABSENT));
        assertEquals(Optional.empty(), worker.correctLoginFrom(ProviderLogin.ABSENT));
        assertEquals(LoginState.DISABLED, worker.getLoginState());
    }

    @Test
    void aLoginWhoseAccountIsGoneIsMadeAgainInUseAndNoneWithoutALoginName() {
        StaffMember worker = new StaffMember("牛海波", StaffRole.OPERATOR_ADMIN, null);
        assertEquals("staff.refused.noLogin", assertThrows(Refusal.class, worker::loginRecreated).key());
        worker.setUsername("it.worker");
        worker.disableLogin();
        // deleted in Keycloak while disabled: the new account is enabled, and so is the record
        worker.loginRecreated();
        assertEquals(LoginState.ACTIVE, worker.getLoginState());
        assertEquals("it.worker", worker.getUsername());
    }

    @Test
    void aReadSpeaksOnlyForTheOperatorsOwnAccountsAndForTheUsernamesItAskedAbout() {
        TenantId mine = TenantId.of("it-mine");
        Map<String, LoginsSeen.Account> accounts = Map.of(
                "Mine.Off", new LoginsSeen.Account("it-mine", false),
                "mine.on", new LoginsSeen.Account("it-mine", true),
                "theirs.off", new LoginsSeen.Account("it-theirs", false),
                "nobodys", new LoginsSeen.Account(null, false));
        LoginsSeen whole = LoginsSeen.whole(accounts);
        assertEquals(Optional.of(ProviderLogin.DISABLED), whole.of(mine, "mine.off"), "usernames compare without case");
        assertEquals(Optional.of(ProviderLogin.ENABLED), whole.of(mine, "MINE.ON"));
        // Another operator's account under my staff member's username is no login of mine: its state is not taken.
        assertEquals(Optional.of(ProviderLogin.ABSENT), whole.of(mine, "theirs.off"));
        assertEquals(Optional.of(ProviderLogin.ABSENT), whole.of(mine, "nobodys"));
        assertEquals(Optional.of(ProviderLogin.ABSENT), whole.of(mine, "never.made"), "every account was read");
        assertEquals(Optional.empty(), whole.of(mine, null));
        assertEquals(Optional.empty(), whole.of(mine, " "));

        LoginsSeen some = new LoginsSeen(accounts, Set.of("mine.off", "Asked.Missing"));
        assertEquals(Optional.of(ProviderLogin.DISABLED), some.of(mine, "mine.off"));
        assertEquals(Optional.of(ProviderLogin.ABSENT), some.of(mine, "asked.missing"), "asked about and not found");
        assertEquals(Optional.empty(), some.of(mine, "not.asked"), "not asked about: undecided");
    }
}
