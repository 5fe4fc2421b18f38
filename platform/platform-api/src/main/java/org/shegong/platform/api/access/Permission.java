package org.shegong.platform.api.access;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.shegong.platform.api.identity.Role;

/**
 * Something a person may do, declared by the module that owns it (as Jenkins plug-ins declare
 * theirs): e.g. {@code childprotection.case.approve}, held by default by the station lead and the
 * operator admin. Codes are {@code <module id>.<name>}; the platform checks them for pages, REST
 * resources and application services alike, so the portal and the API never disagree.
 */
public record Permission(String code, Set<Role> defaultRoles) {

    /** {@code <module id>.<lower-case words separated by '.' or '-'>}. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,30}(\\.[a-z][a-z0-9-]*)+");

    public Permission {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a permission code is <module>.<name>: " + code);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }

    /** The id of the module that declares it: the part before the first dot. */
    public String moduleId() {
        return code.substring(0, code.indexOf('.'));
    }
}
