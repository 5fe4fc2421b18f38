package org.shegong.platform.application.identity;

import org.shegong.platform.api.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rule book: which roles reach which part of the product. Pages and API routes both ask here,
 * so the portal and the API can never disagree.
 */
public enum Access {
    /** A station's residents and activities. */
    STATION_WORK(EnumSet.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER)),
    /** Removing a station's records. */
    STATION_MANAGEMENT(EnumSet.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD)),
    /** The operator's stations and contracts across its streets. */
    OPERATOR(EnumSet.of(Role.OPERATOR_ADMIN)),
    /** Aggregates of the stations in a civil-affairs region. */
    REGION(EnumSet.of(Role.CIVIL_AFFAIRS)),
    /** Tenants, contracts and modules of the whole platform. */
    PLATFORM(EnumSet.of(Role.PLATFORM_ADMIN)),
    /** The volunteer's own page. */
    VOLUNTEER(EnumSet.of(Role.VOLUNTEER));

    private final Set<Role> roles;

    Access(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allows(Identity identity) {
        if (!identity.hasAny(roles) || identity.refusal().isPresent()) {
            return false;
        }
        return switch (this) {
            case STATION_WORK, STATION_MANAGEMENT, OPERATOR, VOLUNTEER -> identity.actsForTenant();
            case REGION -> identity.seesRegion();
            case PLATFORM -> true;
        };
    }

    public void check(Identity identity) {
        if (!allows(identity)) {
            throw new AccessDeniedException(new org.shegong.platform.api.records.Refusal("access.refused.function"));
        }
    }
}
