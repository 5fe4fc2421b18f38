package org.shegong.platform.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.api.event.ContractEnded;
import org.shegong.platform.api.event.ContractStarted;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.PartnerSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.StaffSpec;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor.RegionSpec;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor.StationSpec;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.domain.model.contract.Target;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.partner.PartnerRepository;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.region.RegionsChanged;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * Writes checked descriptors: create what is missing, update what differs, delete nothing. Each
 * call is one transaction, so a file is applied whole or not at all.
 */
@ApplicationScoped
@Transactional
public class DescriptorWriter {

    @Inject
    RegionRepository regions;

    @Inject
    StationRepository stations;

    @Inject
    TenantRepository tenants;

    @Inject
    ContractRepository contracts;

    @Inject
    StaffRepository staff;

    @Inject
    PartnerRepository partners;

    @Inject
    DemoData demoData;

    @Inject
    Clock clock;

    // Fired inside the provisioning transaction; their observers run after commit
    // (TransactionPhase.AFTER_SUCCESS, see the events' Javadoc), so a rolled-back file announces nothing.
    @Inject
    Event<ModuleSwitched> moduleSwitched;

    @Inject
    Event<ContractStarted> contractStarted;

    @Inject
    Event<ContractEnded> contractEnded;

    /** Its observers (the names kept in memory) run after commit. */
    @Inject
    Event<RegionsChanged> regionsChanged;

    public void applyRegionTree(RegionTreeDescriptor tree) {
        // Applied at every start: the regions and stations there are are read once, not looked up entry
        // by entry (1,000 operators bring 1,000 streets and their communities: figure 6 of BENCHMARKS.md).
        Map<String, Region> byCode = new HashMap<>();
        regions.all().forEach(r -> byCode.put(r.getCode(), r));
        for (RegionSpec spec : tree.regions()) {
            Region existing = byCode.get(spec.code());
            if (existing != null) {
                existing.rename(spec.name());
            } else {
                // The reader checked that parents come before children.
                Region created = new Region(spec.code(), spec.name(), spec.level(),
                        spec.parent() == null ? null : Objects.requireNonNull(byCode.get(spec.parent())));
                regions.store(created);
                byCode.put(spec.code(), created);
            }
        }
        Map<String, Station> byStreet = new HashMap<>();
        stations.all().forEach(s -> byStreet.put(s.getStreet().getCode(), s));
        for (StationSpec spec : tree.stations()) {
            Station station = byStreet.get(spec.street());
            if (station == null) {
                station = new Station(Objects.requireNonNull(byCode.get(spec.street())), spec.name());
                stations.store(station);
                byStreet.put(spec.street(), station);
            }
            station.describe(spec.name(), spec.address(), spec.phone());
        }
        regionsChanged.fire(new RegionsChanged());
    }

    /** Runs as the operator's tenant: the staff, partners and demo rows land in its tenant. */
    public void applyOperator(OperatorDescriptor operator, RegionTreeDescriptor tree) {
        Tenant tenant = tenants.find(operator.code()).orElseGet(() -> {
            Tenant created = new Tenant(operator.code(), operator.name());
            tenants.store(created);
            return created;
        });
        tenant.describe(operator.name(), operator.contactPhone());
        switchModules(tenant, operator.modules());
        for (ContractSpec spec : operator.contracts()) {
            applyContract(tenant, spec, operator.file());
        }

        for (StaffSpec spec : operator.staff()) {
            Station station = spec.street() == null ? null : stations.findByStreetCode(spec.street()).orElseThrow();
            StaffMember member = staff.findByName(spec.name()).orElseGet(() -> {
                StaffMember created = new StaffMember(spec.name(), spec.role(), station);
                staff.store(created);
                return created;
            });
            member.assign(spec.role(), station);
            member.certify(spec.certificate(), spec.certificateNumber());
            member.setPhone(spec.phone());
            member.setUsername(spec.username());
        }

        for (PartnerSpec spec : operator.partners()) {
            Partner partner = partners.findByName(spec.name()).orElseGet(() -> {
                Partner created = new Partner(spec.name(), spec.type());
                partners.store(created);
                return created;
            });
            partner.describe(spec.name(), spec.type(), spec.provides());
            partner.setContact(spec.contactPerson(), spec.contactPhone());
        }

        demoData.seedIfEmpty(operator, tree);
        demoData.seedProjectIfNone(operator);
    }

    /**
     * Switches the operator's modules to exactly {@code modules}. Switching one off keeps its data;
     * modules hear of each change after the commit ({@link ModuleSwitched}). Used by the files and
     * by the platform admin's page alike.
     */
    public void switchModules(Tenant tenant, Set<String> modules) {
        Set<String> modulesBefore = new TreeSet<>(tenant.getEnabledModules());
        tenant.enableModules(modules);
        announceSwitches(tenant, modulesBefore, tenant.getEnabledModules());
    }

    /**
     * Creates or changes one contract of the operator (terms and targets) and announces it coming
     * into or going out of force. A contract held by another operator is refused: a handover is its
     * own process. {@code source} names where the change comes from, for the refusal's message.
     */
    public Contract applyContract(Tenant tenant, ContractSpec spec, String source) {
        LocalDate today = LocalDate.now(clock);
        Station station = stations.findByStreetCode(spec.street()).orElseThrow();
        Contract contract = contracts.findByNumber(spec.number()).orElseGet(() -> {
            Contract created = new Contract(spec.number(), tenant, station);
            contracts.store(created);
            return created;
        });
        if (!contract.getOperator().getCode().equals(tenant.getCode())) {
            throw new MalformedDescriptorException(source, "contracts",
                    "contract " + spec.number() + " belongs to operator " + contract.getOperator().getCode()
                            + "; a handover is not done by provisioning");
        }
        boolean wasInForce = contract.getStartsOn() != null && contract.isInForceOn(today);
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, Integer> t : spec.targets().entrySet()) {
            targets.add(new Target(new Metric(t.getKey()), t.getValue()));
        }
        contract.setTerms(spec.startsOn(), spec.endsOn(), targets);
        announceTerms(tenant, contract, wasInForce, contract.isInForceOn(today));
        return contract;
    }

    private void announceSwitches(Tenant tenant, Set<String> before, Set<String> after) {
        for (String id : after) {
            if (!before.contains(id)) {
                moduleSwitched.fire(new ModuleSwitched(tenant.tenantId(), id, true));
            }
        }
        for (String id : before) {
            if (!after.contains(id)) {
                moduleSwitched.fire(new ModuleSwitched(tenant.tenantId(), id, false));
            }
        }
    }

    private void announceTerms(Tenant tenant, Contract contract, boolean wasInForce, boolean isInForce) {
        String street = contract.getStation().getStreet().getCode();
        if (!wasInForce && isInForce) {
            contractStarted.fire(new ContractStarted(tenant.tenantId(), contract.getNumber(), street,
                    contract.getStartsOn(), contract.getEndsOn()));
        } else if (wasInForce && !isInForce) {
            contractEnded.fire(new ContractEnded(tenant.tenantId(), contract.getNumber(), street, contract.getEndsOn()));
        }
    }
}
