package org.shegong.platform.application.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

class OperatorNameCardsTest {

    @Test
    void anOperatorIsNamedByItsRegisteredNameAndAnUnknownCodeStaysItself() {
        OperatorNameCards names = new OperatorNameCards();
        names.tenants = new TenantRepository() {
            @Override
            public Optional<Tenant> find(TenantId id) {
                return id.value().equals("hope") ? Optional.of(new Tenant(id, "太原市希望社会工作服务中心")) : Optional.empty();
            }

            @Override
            public List<Tenant> all() {
                return List.of();
            }

            @Override
            public void store(Tenant tenant) {
            }
        };
        assertEquals("太原市希望社会工作服务中心", names.nameOf("hope"));
        assertEquals("gone", names.nameOf("gone"));
        assertEquals("Not A Code", names.nameOf("Not A Code"));
        assertEquals("", names.nameOf(null));
    }
}
