package org.shegong.platform.application.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.access.RequiresPermission;

/** Refuses a call before it starts unless the signed-in person holds the method's (or class's) permission. */
@RequiresPermission
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class RequiresPermissionInterceptor {

    @Inject
    Permissions permissions;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        RequiresPermission required = call.getMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        if (required == null) {
            // Bound some other way (a stereotype): fail closed rather than guess.
            throw new AccessDeniedException("no permission named on " + call.getMethod());
        }
        permissions.check(required.value());
        return call.proceed();
    }
}
