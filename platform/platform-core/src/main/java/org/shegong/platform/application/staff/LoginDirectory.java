package org.shegong.platform.application.staff;

import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * Where staff logins live (Keycloak). The operator admin creates a login for a staff member and
 * disables a leaver's (and enables it again if they come back); the portal never deletes an account (its history stays).
 */
public interface LoginDirectory {

    /** A login to create: enabled, with a temporary password its owner must change at first sign-in. */
    record NewLogin(String username, String name, TenantId tenant, Set<String> stations, StaffRole role,
                    String temporaryPassword) {
    }

    /** False when no identity provider is configured; the page then says logins cannot be managed here. */
    boolean isConfigured();

    /** Creates the login; {@link LoginTakenException} if the username exists already. */
    void create(NewLogin login);

    /**
     * Makes sure the operator has its Organization (alias = tenant code, named as the operator), which
     * {@link #create} makes each of its logins a member of. Answers whether it had to create it, so an
     * onboarding that fails afterwards can take back only what it made.
     */
    boolean organization(TenantId tenant, String name);

    /** Removes the operator's Organization: only to undo an onboarding that did not complete. */
    void removeOrganization(TenantId tenant);

    /** Disables the login and ends its sessions at the identity provider; nothing if there is none. */
    void disable(String username);

    /** Enables a disabled login again (the person came back); nothing if there is none. */
    void enable(String username);

    /**
     * Every account of the operator (its {@code tenant} attribute), read in pages — one call for an
     * operator's staff, not one per person. Throws when the provider cannot be reached or answers
     * otherwise than expected.
     */
    LoginsSeen loginsOf(TenantId tenant);

    /** The username is taken at the identity provider (by anyone, of any operator). */
    final class LoginTakenException extends org.shegong.platform.api.records.Refusal {
        private static final long serialVersionUID = 1L;

        public LoginTakenException(String username) {
            super("staff.refused.loginTaken", username);
        }
    }
}
