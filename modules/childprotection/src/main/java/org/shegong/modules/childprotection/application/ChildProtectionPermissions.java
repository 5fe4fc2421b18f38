package org.shegong.modules.childprotection.application;

import java.util.List;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;

/**
 * What child protection lets people do. The permission is the first gate; which cases a person then
 * sees is the need-to-know rule ({@link NeedToKnow}): holding {@link #READ} as operator admin gives
 * counts and granted cases only, never the station's lists.
 */
public final class ChildProtectionPermissions {

    /** Lists, counts, the caseload and the cases the need-to-know rule lets one open. */
    public static final String READ = "childprotection.case.read";
    /** Case work: register children, intake, assess, plan, sessions, visits, referrals, ask for closure. */
    public static final String WORK = "childprotection.case.work";
    /** The station lead's: approve or refuse plans and closures, assign workers, grant a case, see who read it. */
    public static final String LEAD = "childprotection.case.approve";

    private ChildProtectionPermissions() {
    }

    public static Permission read() {
        return new Permission(READ, Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER));
    }

    public static Permission work() {
        return new Permission(WORK, Set.of(Role.STATION_LEAD, Role.SOCIAL_WORKER));
    }

    public static Permission lead() {
        return new Permission(LEAD, Set.of(Role.STATION_LEAD));
    }

    public static List<Permission> all() {
        return List.of(read(), work(), lead());
    }
}
