package org.shegong.platform.api.access;

/**
 * Whether the signed-in person may do something a module declared, asked in code (a page deciding
 * whether to show a button, a service with a rule the annotation cannot express). The platform
 * implements it; inject it.
 *
 * <p>A permission is held when <b>both</b>: the module that declares it is switched on for the
 * person's tenant, and the person has one of the roles that hold it. Checks run below the URL, so a
 * service of a switched-off module refuses however it is reached.
 */
public interface Permissions {

    /** True if the person holds it; never throws for a declared permission. */
    boolean holds(Permission permission);

    /** As {@link #holds(Permission)}, by code; an undeclared code is never held. */
    boolean holds(String code);

    /**
     * Refuses unless held: {@link ModuleNotEnabledException} (shown as 404, as if the module were not
     * installed) when the module is off for the tenant or there is no tenant; else
     * {@link AccessDeniedException} (403) when no role of the person holds it.
     */
    void check(Permission permission);

    /** As {@link #check(Permission)}, by code; an undeclared code is refused (403). */
    void check(String code);
}
