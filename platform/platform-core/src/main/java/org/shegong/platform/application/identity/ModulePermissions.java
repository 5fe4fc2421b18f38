package org.shegong.platform.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.shegong.platform.api.access.ModuleNotEnabledException;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * The platform's answer to "may the signed-in person do this": the declaring module is on for their
 * tenant (else "not found", as if it were not installed) and one of their roles holds the
 * permission (else "denied"). Asked below the URL, so no spelling of a URL and no direct call of a
 * module's service gets round it.
 */
@ApplicationScoped
public class ModulePermissions implements Permissions {

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ModuleRegistry modules;

    @Override
    public boolean holds(Permission permission) {
        return moduleOn(permission) && rolesHold(permission);
    }

    @Override
    public boolean holds(String code) {
        return modules.permission(code).map(this::holds).orElse(false);
    }

    @Override
    public void check(Permission permission) {
        if (!moduleOn(permission)) {
            throw new ModuleNotEnabledException(permission.moduleId());
        }
        if (!rolesHold(permission)) {
            throw new AccessDeniedException(new org.shegong.platform.api.records.Refusal("access.refused.permission"));
        }
    }

    @Override
    public void check(String code) {
        check(modules.permission(code).orElseThrow(() ->
                new AccessDeniedException(new org.shegong.platform.api.records.Refusal("access.refused.undeclared", code))));
    }

    private boolean moduleOn(Permission permission) {
        Optional<ShegongModule> module = modules.find(permission.moduleId());
        return module.isPresent() && modules.isEnabled(module.get(), currentIdentity.get().flatMap(Identity::tenant));
    }

    private boolean rolesHold(Permission permission) {
        return currentIdentity.get().map(i -> rolesHold(i, permission)).orElse(false);
    }

    /** The role half of the rule for a given person (the module half is the caller's: panels ask per slot). */
    public static boolean rolesHold(Identity person, Permission permission) {
        return person.refusal().isEmpty() && person.hasAny(permission.defaultRoles());
    }
}
