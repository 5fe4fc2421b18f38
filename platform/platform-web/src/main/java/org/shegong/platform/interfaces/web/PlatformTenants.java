package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

    public List<Contract> contractsOf(Tenant tenant) {
        return contracts.heldBy(tenant.tenantId());
    }
}
