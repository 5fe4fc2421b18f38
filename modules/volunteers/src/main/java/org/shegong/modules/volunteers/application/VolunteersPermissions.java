package org.shegong.modules.volunteers.application;

import java.util.List;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;

/**
 * What the volunteers module lets people do, declared to the platform and checked on every service
 * method with {@code @RequiresPermission}: the module off for the tenant is a 404, a role without
 * the permission a 403, however the service is reached.
 */
public final class VolunteersPermissions {

    /** The registry, shifts, rosters, hours and balances of my stations. */
    public static final String READ = "volunteers.registry.read";
    /** Registering and describing volunteers. */
    public static final String REGISTER = "volunteers.registry.write";
    /** Shifts, sign-ups by staff, attendance, confirming and correcting hours, spending credits. */
    public static final String MANAGE = "volunteers.shift.manage";
    /** Seeing a volunteer's full ID number (recorded as a reveal): station lead and operator admin, as for residents. */
    public static final String REVEAL = "volunteers.registry.reveal";
    /** The volunteer's own portal: opportunities, sign-up, check-in, my hours and balance. */
    public static final String PORTAL = "volunteers.portal";

    private static final Set<Role> STAFF = Set.of(Role.STATION_LEAD, Role.SOCIAL_WORKER);

    private VolunteersPermissions() {
    }

    public static Permission read() {
        return new Permission(READ, Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER));
    }

    public static List<Permission> all() {
        return List.of(read(), new Permission(REGISTER, STAFF), new Permission(MANAGE, STAFF),
                new Permission(PORTAL, Set.of(Role.VOLUNTEER)),
                new Permission(REVEAL, Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD)));
    }
}
