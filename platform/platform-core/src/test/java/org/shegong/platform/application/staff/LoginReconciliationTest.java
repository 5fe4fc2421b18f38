package org.shegong.platform.application.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * The record of an operator's logins corrected from what Keycloak holds: which rows change, what the
 * history says, who is shown 无登录, and a Keycloak that cannot be reached leaving the page its stored state.
 */
class LoginReconciliationTest {

    final List<StaffMember> members = new ArrayList<>();
    final List<String> history = new ArrayList<>();
    final LoginReconciliation reconciliation = new LoginReconciliation();
    final TenantContext tenant = new TenantContext();

    StaffMember off;
    StaffMember on;
    StaffMember gone;
    StaffMember noLogin;
    StaffMember inStep;

    @BeforeEach
    void anOperatorWithFiveStaff() throws Exception {
        tenant.enter(TenantId.of("it-mine"));
        off = member(1, "关文博", "mine.off", false);      // recorded 在用, disabled in Keycloak's console
        on = member(2, "牛海波", "mine.on", true);         // recorded 已停用, enabled there
        gone = member(3, "韩小雪", "mine.gone", false);    // no account there
        noLogin = member(4, "苗婷婷", null, false);
        inStep = member(5, "王站长", "mine.same", false);
        reconciliation.staff = new Staff();
        reconciliation.audit = new Audit();
        reconciliation.tenant = tenant;
    }

    @Test
    void keycloakWinsWhereTheyDisagreeAndEachCorrectionIsOnTheHistory() {
        LoginsSeen seen = LoginsSeen.whole(Map.of(
                "mine.off", new LoginsSeen.Account("it-mine", false),
                "mine.on", new LoginsSeen.Account("it-mine", true),
                "mine.same", new LoginsSeen.Account("it-mine", true)));
        Set<Long> withoutAccount = reconciliation.correct(() -> seen);

        assertEquals(LoginState.DISABLED, off.getLoginState());
        assertEquals(LoginState.ACTIVE, on.getLoginState());
        assertEquals(LoginState.ACTIVE, gone.getLoginState(), "nothing stored for a missing account");
        assertEquals(LoginState.NONE, noLogin.getLoginState());
        assertEquals(LoginState.ACTIVE, inStep.getLoginState());
        assertEquals(Set.of(3L), withoutAccount, "a username without an account is shown as 无登录");
        assertEquals(List.of("1 " + Said.of("history.staff.loginFoundDisabled", "mine.off"),
                "2 " + Said.of("history.staff.loginFoundEnabled", "mine.on")), history);

        history.clear();
        assertEquals(Set.of(3L), reconciliation.correct(() -> seen));
        assertEquals(List.of(), history, "in step now: nothing more on the history");
    }

    @Test
    void anotherOperatorsAccountUnderTheSameUsernameChangesNothing() {
        LoginsSeen seen = LoginsSeen.whole(Map.of("mine.off", new LoginsSeen.Account("it-theirs", false)));
        Set<Long> withoutAccount = reconciliation.correct(() -> seen);
        assertEquals(LoginState.ACTIVE, off.getLoginState());
        assertTrue(withoutAccount.contains(1L));
        assertEquals(List.of(), history);
    }

    @Test
    void aKeycloakThatCannotBeReachedLeavesTheStoredStateAndSaysItWasNotChecked() {
        StaffLogins logins = new StaffLogins();
        logins.reconciliation = reconciliation;
        logins.tenant = tenant;
        logins.logins = new Directory(true) {
            @Override
            public LoginsSeen loginsOf(TenantId operator) {
                throw new IllegalStateException("operator.refused.loginServiceDown");
            }
        };
        StaffLogins.LoginCheck check = logins.checkWithIdentityProvider();
        assertFalse(check.checked());
        assertEquals(Set.of(), check.withoutAccount());
        assertEquals(LoginState.ACTIVE, off.getLoginState());
        assertEquals(List.of(), history);

        // Without a configured identity provider it is not asked at all (the page already says logins are not managed).
        logins.logins = new Directory(false);
        assertFalse(logins.checkWithIdentityProvider().checked());

        logins.logins = new Directory(true) {
            @Override
            public LoginsSeen loginsOf(TenantId operator) {
                assertEquals(TenantId.of("it-mine"), operator, "only the current operator's accounts are asked for");
                return LoginsSeen.whole(Map.of("mine.off", new LoginsSeen.Account("it-mine", false)));
            }
        };
        StaffLogins.LoginCheck checked = logins.checkWithIdentityProvider();
        assertTrue(checked.checked());
        assertEquals(Set.of(2L, 3L, 5L), checked.withoutAccount());
        assertEquals(LoginState.DISABLED, off.getLoginState());
    }

    private StaffMember member(long id, String name, String username, boolean disabled) throws Exception {
        StaffMember member = new StaffMember(name, StaffRole.OPERATOR_ADMIN, null);
        member.setUsername(username);
        if (disabled) {
            member.disableLogin();
        }
        var field = org.shegong.platform.api.persistence.AuditedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(member, id);
        members.add(member);
        return member;
    }

    private final class Staff implements StaffRepository {
        @Override
        public Optional<StaffMember> find(long id) {
            return members.stream().filter(m -> m.getId() == id).findFirst();
        }

        @Override
        public Optional<StaffMember> findByName(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffMember> findByUsername(String username) {
            return Optional.empty();
        }

        @Override
        public List<StaffMember> all() {
            return List.copyOf(members);
        }

        @Override
        public void store(StaffMember member) {
        }

        @Override
        public void flush() {
        }
    }

    private final class Audit implements AuditTrail {
        @Override
        public void record(String recordKind, long recordId, AuditAction action, String details) {
            assertEquals(StaffRoster.AUDIT_KIND, recordKind);
            assertEquals(AuditAction.CHANGED, action);
            history.add(recordId + " " + details);
        }

        @Override
        public void read(String recordKind, long recordId, String purpose) {
        }

        @Override
        public void readList(String recordKind, AuditAction how, int rows, String purpose) {
        }

        @Override
        public List<AuditRecord> historyOf(String recordKind, long recordId) {
            return List.of();
        }

        @Override
        public List<AuditRecord> reads(ReadQuery query, int first, int max) {
            return List.of();
        }

        @Override
        public long countReads(ReadQuery query) {
            return 0;
        }
    }

    private static class Directory implements LoginDirectory {
        private final boolean configured;

        Directory(boolean configured) {
            this.configured = configured;
        }

        @Override
        public boolean isConfigured() {
            return configured;
        }

        @Override
        public void create(NewLogin login) {
            throw new AssertionError("not asked");
        }

        @Override
        public boolean organization(TenantId tenant, String name) {
            throw new AssertionError("not asked");
        }

        @Override
        public void removeOrganization(TenantId tenant) {
            throw new AssertionError("not asked");
        }

        @Override
        public void disable(String username) {
            throw new AssertionError("not asked");
        }

        @Override
        public void enable(String username) {
            throw new AssertionError("not asked");
        }

        @Override
        public LoginsSeen loginsOf(TenantId tenant) {
            throw new AssertionError("not asked");
        }
    }
}
