package org.shegong.platform.domain.model.tenant;

import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.tenancy.TenantId;

public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    List<Tenant> all();

    void store(Tenant tenant);
}
