package org.shegong.platform.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;

/**
 * Checks a route's {@link Requires} and a module route's {@link RequiresPermission} before Jakarta
 * REST reads and validates the body, so a caller without the role learns nothing from the route
 * (403, or 404 for a module that is off — never a 400 about the body).
 */
@Provider
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    Permissions permissions;

    @Override
    public void filter(ContainerRequestContext request) {
        Requires requires = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null && resource.getResourceClass() != null) {
            requires = resource.getResourceClass().getAnnotation(Requires.class);
        }
        if (requires != null) {
            requires.value().check(currentIdentity.get().orElseThrow(() -> new AccessDeniedException("not signed in")));
        }
        RequiresPermission permission = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (permission == null && resource.getResourceClass() != null) {
            permission = resource.getResourceClass().getAnnotation(RequiresPermission.class);
        }
        if (permission != null) {
            permissions.check(permission.value());
        }
    }
}
