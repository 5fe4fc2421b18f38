package org.shegong.platform.application.staff;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * An operator admin gives a staff member a login (with the role of their job and their station),
 * disables a leaver's — never their own — and enables it again if they come back. The staff record
 * is the current operator's (another operator's id is "not found"); each step is on the staff
 * member's history.
 */
@ApplicationScoped
@Requires(Access.OPERATOR)
public class StaffLogins {

    /** Lower-case letters, digits and {@code . _ -}, starting with a letter: e.g. {@code yingze.worker2}. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(StaffLogins.class.getName());

    @Inject
    StaffRepository staff;

    @Inject
    ContractRepository contracts;

    @Inject
    LoginDirectory logins;

    @Inject
    LoginReconciliation reconciliation;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentIdentity identity;

    public boolean canManageLogins() {
        return logins.isConfigured();
    }

    /**
     * Creates the staff member's login and returns its temporary password, to be handed over once
     * (it must be changed at the first sign-in). The login is recorded before Keycloak is asked, so
     * a login that exists is always on the record.
     */
    @Transactional
    public String createLogin(long staffId, String username) {
        StaffMember member = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException(StaffRoster.KIND, staffId));
        if (member.getUsername() != null && !member.getUsername().isBlank()) {
            throw new Refusal("staff.refused.hasLogin", member.getUsername());
        }
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new Refusal("staff.refused.loginName");
        }
        if (staff.findByUsername(name).isPresent()) {
            throw new LoginDirectory.LoginTakenException(name);
        }
        member.setUsername(name);
        return openAccount(member, "history.staff.loginCreated");
    }

    /**
     * 重新开通登录: the staff member's username is on the record but its account at the identity provider is
     * gone (deleted in Keycloak's console: the page shows 无登录, and nobody can sign in with it). Makes the
     * account again under the same username, as {@link #createLogin} makes one — the role of the job, the
     * station, a temporary password returned to be handed over once — so the person's history and everything
     * recorded under the login stay theirs. Refused with its reason while an account of that name still exists
     * (the username is taken: there is nothing to recreate) or when there is no username; recorded first, so
     * Keycloak refusing rolls the record back with it.
     */
    @Transactional
    public String recreateLogin(long staffId) {
        StaffMember member = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException(StaffRoster.KIND, staffId));
        member.loginRecreated();
        return openAccount(member, "history.staff.loginRecreated");
    }

    /**
     * The account of the member's username made at the identity provider (the job's role, its stations, a
     * temporary password returned to be handed over once), after the record and its history line: a login
     * that exists is always on the record, and Keycloak refusing rolls both back.
     */
    private String openAccount(StaffMember member, String historyKey) {
        String name = member.getUsername();
        Set<String> stations = stationsOf(member);
        String password = temporaryPassword();
        staff.flush();
        audit.record(StaffRoster.AUDIT_KIND, member.getId(), AuditAction.CHANGED, Said.of(historyKey, name));
        logins.create(new LoginDirectory.NewLogin(name, member.getName(), tenant.require(), stations, member.getRole(), password));
        return password;
    }

    /**
     * What the staff page's login column is checked against when it opens: the operator's accounts in
     * Keycloak, read in one go (never one call per row), correct the record where they disagree.
     *
     * @param checked       false when Keycloak could not be asked (not configured, not reachable, or
     *                      the record changed meanwhile): the page shows the stored state and says so
     * @param withoutAccount staff with a username but no account at Keycloak (shown as 无登录)
     */
    public record LoginCheck(boolean checked, Set<Long> withoutAccount) {

        public LoginCheck {
            withoutAccount = Set.copyOf(withoutAccount);
        }

        static LoginCheck notChecked() {
            return new LoginCheck(false, Set.of());
        }
    }

    /**
     * Checks the operator's logins with the identity provider and corrects the record (see
     * {@link LoginReconciliation}). Never throws for a provider that is down or a row changed
     * meanwhile: the page still opens, with the stored state and a notice that it was not checked.
     */
    public LoginCheck checkWithIdentityProvider() {
        if (!logins.isConfigured()) {
            return LoginCheck.notChecked();
        }
        TenantId operator = tenant.require();
        try {
            return new LoginCheck(true, reconciliation.correct(() -> logins.loginsOf(operator)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "logins of " + operator.value() + " not checked with the identity provider", e);
            return LoginCheck.notChecked();
        }
    }

    /** Whether the staff member's login is the signed-in person's own (which they may not disable). */
    public boolean isOwnLogin(StaffMember member) {
        return member.getUsername() != null && member.getUsername().equalsIgnoreCase(identity.require().username());
    }

    /**
     * Disables the staff member's login (they leave): no new sign-in, and open pages end at their next
     * re-check. An admin cannot disable their own: they would lock themselves out of the page that
     * enables it again.
     */
    @Transactional
    public void disableLogin(long staffId) {
        StaffMember member = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException(StaffRoster.KIND, staffId));
        if (isOwnLogin(member)) {
            throw new Refusal("staff.refused.ownLogin");
        }
        member.disableLogin();
        staff.flush();
        audit.record(StaffRoster.AUDIT_KIND, staffId, AuditAction.CHANGED, Said.of("history.staff.loginDisabled", member.getUsername()));
        logins.disable(member.getUsername());
    }

    /**
     * Enables a disabled login again (the person came back): they sign in with the password they had.
     * Recorded first, so Keycloak refusing rolls the record back with it.
     */
    @Transactional
    public void enableLogin(long staffId) {
        StaffMember member = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException(StaffRoster.KIND, staffId));
        member.enableLogin();
        staff.flush();
        audit.record(StaffRoster.AUDIT_KIND, staffId, AuditAction.CHANGED, Said.of("history.staff.loginEnabled", member.getUsername()));
        logins.enable(member.getUsername());
    }

    /** An operator admin works for all the operator's stations; everyone else for their own. */
    private Set<String> stationsOf(StaffMember member) {
        if (member.getRole() == StaffRole.OPERATOR_ADMIN) {
            Set<String> streets = new TreeSet<>();
            contracts.heldBy(tenant.require()).stream().map(Contract::getStation).forEach(s -> streets.add(s.getStreet().getCode()));
            return streets;
        }
        if (member.getStation() == null) {
            throw new Refusal("staff.refused.noStation");
        }
        return Set.of(member.getStation().getStreet().getCode());
    }

    public static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
