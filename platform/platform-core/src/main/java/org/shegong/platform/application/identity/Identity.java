package org.shegong.platform.application.identity;

import org.shegong.platform.api.identity.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import org.shegong.platform.api.records.Refusal;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A signed-in person as the validated token describes them. Built once per request at the edge,
 * never from anything the client can choose (headers, parameters, cookies of its own).
 *
 * <p>Invariants: station staff and operator admins belong to a tenant; a civil-affairs user carries
 * a region instead and no tenant. {@link #tenant()} is the operator the token names; the request's
 * tenant itself is held by {@code TenantContext} alone, entered from it by {@link CurrentIdentity#set}.
 */
public record Identity(String username, String displayName, Set<Role> roles, Optional<TenantId> tenant,
                       Set<String> stations, Optional<String> region) {

    public Identity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        stations = Set.copyOf(new TreeSet<>(stations));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Works for an operator: station staff, operator admin or volunteer, with a tenant. */
    public boolean actsForTenant() {
        return tenant.isPresent() && hasAny(Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER, Role.VOLUNTEER));
    }

    public boolean seesRegion() {
        return has(Role.CIVIL_AFFAIRS) && region.isPresent();
    }

    /**
     * Why this person may use nothing here, or empty if they may. A login with neither an operator
     * nor a civil-affairs region (nor the platform role) is refused, with this reason shown.
     */
    public Optional<Refusal> refusal() {
        if (actsForTenant() || seesRegion() || has(Role.PLATFORM_ADMIN)) {
            return Optional.empty();
        }
        if (roles.isEmpty()) {
            return Optional.of(new Refusal("access.refused.noRole"));
        }
        if (has(Role.CIVIL_AFFAIRS)) {
            return Optional.of(new Refusal("access.refused.noRegion"));
        }
        return Optional.of(new Refusal("access.refused.noOperator"));
    }
}
