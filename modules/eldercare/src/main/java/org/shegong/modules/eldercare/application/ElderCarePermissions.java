package org.shegong.modules.eldercare.application;

import java.util.List;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;

/**
 * What elder care lets people do, declared to the platform ({@code ElderCareModule.permissions()})
 * and checked on every service method with {@code @RequiresPermission}, so the module being off for
 * the tenant, or a role without the permission, is refused however the service is reached. The
 * operator admin oversees (reads every list and record); the station's staff do the work.
 */
public final class ElderCarePermissions {

    /** Elder profiles, plans, visits, readings, follow-ups, referrals, sessions and the lists of them. */
    public static final String READ = "eldercare.elder.read";
    /** Work at the door: profiles and Barthel assessments, visits, readings, closing follow-ups, anti-fraud sessions. */
    public static final String RECORD = "eldercare.visit.write";
    /** Commitments: care plan versions and referrals to medical partners. */
    public static final String PLAN = "eldercare.plan.manage";

    private static final Set<Role> STAFF = Set.of(Role.STATION_LEAD, Role.SOCIAL_WORKER);

    private ElderCarePermissions() {
    }

    /** Reading elders' records; also who sees elder care's panels. */
    public static Permission read() {
        return new Permission(READ, Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER));
    }

    public static List<Permission> all() {
        return List.of(read(),
                new Permission(RECORD, STAFF),
                new Permission(PLAN, STAFF));
    }
}
