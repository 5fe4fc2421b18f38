/**
 * Who the current tenant (运营方) is. The tenant is resolved once at the edge of a request and
 * never defaulted: code that needs one and finds none fails with {@link org.shegong.platform.api.tenancy.NoTenantException}.
 */
package org.shegong.platform.api.tenancy;
