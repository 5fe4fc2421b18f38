/**
 * The local stack the product needs besides itself: a real MariaDB from Maven Central jars (and
 * Keycloak, with the identity work). One code path serves both the README's run command
 * ({@link org.shegong.devstack.DevStack}) and the integration tests
 * ({@link org.shegong.devstack.TestStackSession}).
 */
package org.shegong.devstack;
