package org.shegong.platform.api.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a method (or every method of a class) needs, by code, e.g.
 * {@code @RequiresPermission("eldercare.visit.write")}. Checked by the platform before the call
 * starts, as {@link Permissions#check(String)} would: the declaring module off for the caller's
 * tenant is {@link ModuleNotEnabledException} (404), a role without it {@link AccessDeniedException}
 * (403). Works on application services and page beans (CDI interceptor) and on REST resources (also
 * checked before the body is read). A method's annotation wins over its class's.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** A {@link Permission#code()} declared by a module's {@code permissions()}. */
    @Nonbinding
    String value() default "";
}
