package org.shegong.platform.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.staff.LoginDirectory;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Target;
import org.shegong.platform.domain.model.staff.StaffRepository;
import org.shegong.platform.domain.model.staff.StaffRole;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * The writing half of {@link OperatorAdministration}: each method is one transaction, run as the
 * operator's tenant (so the history lands with the operator), and writes through
 * {@link DescriptorWriter} — the same rules as the {@code tenants/} files. Checks are done by the
 * caller; what fails here rolls the whole change back.
 */
@ApplicationScoped
@Transactional
public class OperatorWrites {

    public static final String TENANT_KIND = "tenant";
    public static final String CONTRACT_KIND = "contract";
    /** Where a change made on the platform admin's page comes from, as a descriptor's file would be named. */
    static final String SOURCE = "platform/tenants.xhtml";
    private static final RegionTreeDescriptor NO_REGIONS = new RegionTreeDescriptor(SOURCE, List.of(), List.of());
    private static final Logger LOG = Logger.getLogger(OperatorWrites.class.getName());

    @Inject
    DescriptorWriter writer;

    @Inject
    TenantRepository tenants;

    @Inject
    ContractRepository contracts;

    @Inject
    StationRepository stations;

    @Inject
    StaffRepository staff;

    @Inject
    LoginDirectory logins;

    @Inject
    AuditTrail audit;

    /**
     * Writes the operator and its first admin as a file would, then asks Keycloak for the
     * Organization and the admin's login. If Keycloak refuses, this transaction rolls back (no
     * operator row) and an Organization made here is removed again.
     */
    public void onboard(OperatorDescriptor operator, String adminLogin, String temporaryPassword) {
        writer.applyOperator(operator, NO_REGIONS);
        Tenant tenant = tenants.find(operator.code()).orElseThrow();
        audit.record(TENANT_KIND, tenant.getId(), AuditAction.CREATED, Said.of("history.operator.onboarded", tenant.getName()));
        var admin = staff.findByUsername(adminLogin).orElseThrow();
        audit.record(StaffRoster.AUDIT_KIND, admin.getId(), AuditAction.CHANGED, Said.of("history.staff.loginCreated", adminLogin));
        boolean madeOrganization = logins.organization(operator.code(), operator.name());
        try {
            logins.create(new LoginDirectory.NewLogin(adminLogin, admin.getName(), operator.code(), Set.of(),
                    StaffRole.OPERATOR_ADMIN, temporaryPassword));
        } catch (RuntimeException e) {
            if (madeOrganization) {
                try {
                    logins.removeOrganization(operator.code());
                } catch (RuntimeException cleanup) {
                    LOG.log(Level.WARNING, "the organization of " + operator.code() + " was left in Keycloak", cleanup);
                }
            }
            throw e;
        }
    }

    public void switchModules(Tenant tenant, Set<String> modules) {
        Tenant managed = tenants.find(tenant.tenantId()).orElseThrow();
        String before = String.join(", ", managed.getEnabledModules());
        writer.switchModules(managed, modules);
        audit.record(TENANT_KIND, managed.getId(), AuditAction.CHANGED,
                Said.of("history.operator.modules", before, String.join(", ", managed.getEnabledModules())));
    }

    /**
     * A platform admin's new contract: written only if {@code proposed} (its terms, never stored) shares
     * no day with another at the station, checked with the station's row locked, so of two admins
     * adding overlapping contracts at once the second waits and is refused.
     */
    public Contract addContract(Tenant tenant, ContractSpec spec, Contract proposed) {
        Station station = stations.lockForContracts(proposed.getStation());
        contracts.overlapping(station, spec.startsOn(), spec.endsOn()).forEach(proposed::refuseOverlapWith);
        Tenant managed = tenants.find(tenant.tenantId()).orElseThrow();
        writer.applyContract(managed, spec, SOURCE);
        Contract contract = contracts.findByNumber(spec.number()).orElseThrow();
        audit.record(CONTRACT_KIND, contract.getId(), AuditAction.CREATED, Said.of("history.contract.created", spec.number(), spec.startsOn(),
                spec.endsOn(), new TreeMap<>(spec.targets())));
        return contract;
    }

    public void endContract(String number, LocalDate lastDay) {
        Contract contract = contracts.findByNumber(number).orElseThrow();
        LocalDate agreed = contract.getEndsOn();
        LocalDate end = contract.earlyEnd(lastDay);
        Map<String, Integer> targets = new TreeMap<>();
        for (Target t : contract.getTargets()) {
            targets.put(t.getMetric().code(), t.getPerYear());
        }
        writer.applyContract(contract.getOperator(), new ContractSpec(number, contract.getStation().getStreet().getCode(),
                contract.getStartsOn(), end, targets), SOURCE);
        audit.record(CONTRACT_KIND, contract.getId(), AuditAction.CHANGED, Said.of("history.contract.ended", agreed, end));
    }
}
