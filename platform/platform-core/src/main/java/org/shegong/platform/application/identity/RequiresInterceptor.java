package org.shegong.platform.application.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses a call before it starts when the signed-in person's roles do not allow it. */
@Requires
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class RequiresInterceptor {

    @Inject
    CurrentIdentity currentIdentity;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        Requires requires = call.getMethod().getAnnotation(Requires.class);
        if (requires == null) {
            requires = call.getMethod().getDeclaringClass().getAnnotation(Requires.class);
        }
        requires.value().check(currentIdentity.require());
        return call.proceed();
    }
}
