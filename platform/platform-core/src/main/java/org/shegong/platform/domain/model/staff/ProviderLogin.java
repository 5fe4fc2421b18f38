package org.shegong.platform.domain.model.staff;

/**
 * What the identity provider (Keycloak) holds for a staff member's username. It decides whether the
 * person can sign in, so where the portal's record disagrees, this wins ({@link StaffMember#correctLoginFrom}).
 */
public enum ProviderLogin {
    /** An account of the operator that may sign in. */
    ENABLED,
    /** An account of the operator that Keycloak refuses. */
    DISABLED,
    /** No account of the operator under that username: there is nothing to sign in with. */
    ABSENT
}
