package org.shegong.platform.it.container;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client-side test class that stops part of the test stack (the database, Keycloak) and starts it
 * again: {@link SameDeploymentTogether} runs it last among the classes of its archive, and that group last, so that whatever
 * the outage leaves behind in the kept application (a pool's dead connections, a probe's last
 * answer) is seen by no other test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StackOutage {
}
