/**
 * The one place the current tenant and actor live for a request, and the one way to do work as a
 * tenant off the request thread ({@link org.shegong.platform.application.tenancy.TenantWork}).
 */
package org.shegong.platform.application.tenancy;
