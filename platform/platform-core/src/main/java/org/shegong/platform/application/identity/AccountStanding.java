package org.shegong.platform.application.identity;

import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * What the identity provider says about a signed-in person's account now, as opposed to what their
 * token said at sign-in: still active (with today's roles, operator, stations and region), ended
 * (disabled or deleted), or not known because the provider did not answer.
 */
public sealed interface AccountStanding {

    record Active(Set<Role> roles, Optional<TenantId> tenant, Set<String> stations, Optional<String> region)
            implements AccountStanding {
    }

    /** Disabled or deleted: the person may no longer work here. */
    record Ended() implements AccountStanding {
    }

    /** The provider did not answer (down, slow, refused our credentials): nothing can be concluded. */
    record Unknown(String why) implements AccountStanding {
    }
}
