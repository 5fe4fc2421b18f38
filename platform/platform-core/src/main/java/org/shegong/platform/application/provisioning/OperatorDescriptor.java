package org.shegong.platform.application.provisioning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.partner.PartnerType;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.StaffRole;

/** {@code tenants/operators/<code>.json}: one operator, its contracts, staff, partners and demo data. */
public record OperatorDescriptor(
        String file,
        TenantId code,
        String name,
        String contactPhone,
        Set<String> modules,
        List<ContractSpec> contracts,
        List<StaffSpec> staff,
        List<PartnerSpec> partners,
        DemoSpec demo) {

    public record ContractSpec(String number, String street, LocalDate startsOn, LocalDate endsOn,
                               Map<String, Integer> targets) {
    }

    public record StaffSpec(String name, StaffRole role, String street, CertificateLevel certificate,
                            String certificateNumber, String phone, String username) {
    }

    public record PartnerSpec(String name, PartnerType type, String contactPerson, String contactPhone,
                              String provides) {
    }

    /** How much invented demo data to create per contracted station, once, for an empty tenant. */
    public record DemoSpec(int residentsPerStation, int activitiesPerStation) {
        static final DemoSpec NONE = new DemoSpec(0, 0);
    }
}
