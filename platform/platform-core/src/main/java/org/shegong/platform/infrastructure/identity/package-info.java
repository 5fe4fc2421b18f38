/**
 * Keycloak's admin REST API, used by provisioning. Plain JDK HTTP and JSON-P rather than
 * keycloak-admin-client: that client brings its own RESTEasy and Jackson, which collide with the
 * server's Jakarta REST implementation inside one WAR.
 */
package org.shegong.platform.infrastructure.identity;
