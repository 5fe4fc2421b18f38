package org.shegong.platform.application.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.ProviderLogin;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;

/**
 * Makes the current operator's record of its staff's logins say what the identity provider holds,
 * which is what lets a person sign in: where a stored 在用/已停用 disagrees with Keycloak's
 * {@code enabled}, the record is corrected and the correction is on the staff member's history.
 * Only the current tenant's staff are read (another operator's cannot be touched from here). Run by
 * the start-up's login check (as the system, per operator) and when an operator admin opens the
 * staff page ({@link StaffLogins#checkWithIdentityProvider}, which checks the permission).
 */
@ApplicationScoped
public class LoginReconciliation {

    private static final Logger LOG = Logger.getLogger(LoginReconciliation.class.getName());

    @Inject
    StaffRepository staff;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    /**
     * Corrects the current operator's staff from what {@code read} sees and answers the ids of those
     * whose username has no account of the operator there (shown as 无登录; nothing is stored for
     * them). The rows are read before the provider is asked: an admin's change committed in between
     * makes this write fail on the row's version (the caller then shows the stored state) rather
     * than be undone by an older answer of the provider.
     */
    @Transactional
    public Set<Long> correct(Supplier<LoginsSeen> read) {
        TenantId operator = tenant.require();
        List<StaffMember> members = staff.all();
        LoginsSeen seen = read.get();
        Set<Long> withoutAccount = new HashSet<>();
        for (StaffMember member : members) {
            Optional<ProviderLogin> account = seen.of(operator, member.getUsername());
            if (account.isEmpty()) {
                continue;
            }
            if (member.loginStateAt(account.get()) == LoginState.NONE && member.getLoginState() != LoginState.NONE) {
                withoutAccount.add(member.getId());
            }
            member.correctLoginFrom(account.get()).ifPresent(state -> {
                LOG.info(() -> "login " + member.getUsername() + " of " + operator.value() + " corrected to " + state
                        + " from the identity provider");
                audit.record(StaffRoster.AUDIT_KIND, member.getId(), AuditAction.CHANGED, Said.of(
                        state == LoginState.DISABLED ? "history.staff.loginFoundDisabled" : "history.staff.loginFoundEnabled",
                        member.getUsername()));
            });
        }
        staff.flush();
        return withoutAccount;
    }
}
