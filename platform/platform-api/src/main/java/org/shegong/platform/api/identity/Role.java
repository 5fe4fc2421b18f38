package org.shegong.platform.api.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the identity provider, as they appear in the token's {@code groups} claim. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    CIVIL_AFFAIRS("civil-affairs"),
    OPERATOR_ADMIN("operator-admin"),
    STATION_LEAD("station-lead"),
    SOCIAL_WORKER("social-worker"),
    VOLUNTEER("volunteer");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(value)).findFirst();
    }
}
