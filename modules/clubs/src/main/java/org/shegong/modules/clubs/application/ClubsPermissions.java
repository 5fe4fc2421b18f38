package org.shegong.modules.clubs.application;

import java.util.List;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;

/**
 * What the clubs module lets people do. The operator admin oversees; the station's staff keep the
 * clubs. Steps on the path, charter approvals and merges are open to the staff here, and the domain
 * refuses them with the reason unless the station lead confirms (so a worker learns why, instead of
 * a bare 403).
 */
public final class ClubsPermissions {

    /** Clubs, their members, path, charters, history and the coverage. */
    public static final String READ = "clubs.club.read";
    /** Registering and describing clubs, members, milestones, charter proposals, steps, merges. */
    public static final String KEEP = "clubs.club.keep";
    /** The region dashboard's clubs panel. */
    public static final String REGION = "clubs.region.read";

    private ClubsPermissions() {
    }

    public static Permission read() {
        return new Permission(READ, Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER));
    }

    /** Civil affairs sees the module's region panel (aggregates only). */
    public static Permission region() {
        return new Permission(REGION, Set.of(Role.CIVIL_AFFAIRS));
    }

    public static List<Permission> all() {
        return List.of(read(), region(), new Permission(KEEP, Set.of(Role.STATION_LEAD, Role.SOCIAL_WORKER)));
    }
}
