package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.provisioning.ProvisioningAtStartup;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/** The platform admin's view of operators, their modules and contracts. */
@Named
@RequestScoped
public class PlatformTenants {

    @Inject
    TenantRepository tenants;

    @Inject
    ContractRepository contracts;

    public List<Tenant> getTenants() {
        return tenants.all();
    }

    @Inject
    ProvisioningAtStartup provisioning;

    /** What provisioning did at this server's start: applied, left alone (unchanged), refused, logins not written. */
    public ProvisioningReport getLastProvisioning() {
        return provisioning.lastReport().orElse(null);
    }

    public java.time.Instant getLastProvisioningAt() {
        return provisioning.lastRunAt().orElse(null);
    }

    public List<Contract> contractsOf(Tenant tenant) {
        return contracts.heldBy(tenant.tenantId());
    }
}
