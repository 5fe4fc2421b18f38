package org.shegong.platform.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.shegong.platform.api.directory.OperatorNames;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/** Operators' names from the platform's registry of operators (not any tenant's data). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperatorNameCards implements OperatorNames {

    @Inject
    TenantRepository tenants;

    @Override
    public String nameOf(String operatorCode) {
        if (operatorCode == null) {
            return "";
        }
        try {
            return tenants.find(TenantId.of(operatorCode)).map(Tenant::getName).filter(n -> !n.isBlank()).orElse(operatorCode);
        } catch (IllegalArgumentException notACode) {
            return operatorCode;
        }
    }
}
