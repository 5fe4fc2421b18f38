package org.shegong.platform.application.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * The tenant of the current request. It is entered once, at the edge (the login filter, or
 * {@link TenantWork} for work off the request thread), and can never be switched within the
 * request: a second, different tenant is a programming error and is refused.
 */
@RequestScoped
public class TenantContext implements CurrentTenant {

    private TenantId tenant;

    public void enter(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (this.tenant != null && !this.tenant.equals(tenant)) {
            throw new IllegalStateException("this request already acts for tenant " + this.tenant
                    + " and cannot switch to " + tenant);
        }
        this.tenant = tenant;
    }

    @Override
    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    /** The current tenant, or {@link NoTenantException}: there is no default. */
    public TenantId require() {
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }
}
