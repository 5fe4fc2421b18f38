package org.shegong.platform.application.provisioning;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.records.PlainText;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.provisioning.OperatorDescriptor.ContractSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.DemoSpec;
import org.shegong.platform.application.provisioning.OperatorDescriptor.StaffSpec;
import org.shegong.platform.application.staff.LoginDirectory;
import org.shegong.platform.application.staff.StaffLogins;
import org.shegong.platform.application.tenancy.CurrentActor;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.domain.model.contract.Target;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.StaffRole;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * The platform admin's work on operators, done in the UI instead of a {@code tenants/} file:
 * onboard an operator (its tenant, Keycloak Organization and first operator-admin login), switch its
 * modules (off keeps the data), add contracts with targets and end them early. Every input is checked
 * before anything is written; the writes go through {@link OperatorWrites} and so through the same
 * {@link DescriptorWriter} as the files. Each change is on the operator's history, by the platform
 * admin's login.
 *
 * <p>Which wins at the next start: an operator onboarded here has no file, so provisioning never
 * touches it; for an operator that has one, the file is applied again only when its content changed
 * ({@link ProvisionedFiles}), so a change made here stands until someone edits the file.
 */
@ApplicationScoped
@Requires(Access.PLATFORM)
public class OperatorAdministration {

    private static final Pattern CONTRACT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,63}");

    @Inject
    TenantRepository tenants;

    @Inject
    ContractRepository contracts;

    @Inject
    StationRepository stations;

    @Inject
    ModuleRegistry modules;

    @Inject
    LoginDirectory logins;

    @Inject
    TenantWork tenantWork;

    @Inject
    CurrentActor actor;

    @Inject
    OperatorWrites writes;

    @Inject
    ProvisionedFiles provisionedFiles;

    /** A new operator as the form gives it. */
    public record NewOperator(String code, String name, String contactPhone, String adminName, String adminLogin,
                              Set<String> modules) {
    }

    /**
     * Onboards the operator and returns its admin's temporary password, shown once. Nothing is
     * written when any input is wrong, the code or login is taken, or Keycloak refuses.
     */
    public String onboard(NewOperator operator) {
        TenantId code;
        try {
            code = TenantId.of(operator.code() == null ? "" : operator.code().strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal("operator.refused.code");
        }
        if (tenants.find(code).isPresent()) {
            throw new Refusal("operator.refused.codeTaken", code.value());
        }
        String name = plain(operator.name(), 200, "operator.refused.name");
        if (tenants.all().stream().anyMatch(t -> t.getName().equals(name))) {
            throw new Refusal("operator.refused.sameName", name);
        }
        String phone = phone(operator.contactPhone());
        String adminName = plain(operator.adminName(), 50, "operator.refused.adminName");
        String login = operator.adminLogin() == null ? "" : operator.adminLogin().strip();
        if (!StaffLogins.USERNAME.matcher(login).matches()) {
            throw new Refusal("staff.refused.loginName");
        }
        if (!logins.isConfigured()) {
            Refusal reason = new Refusal("operator.refused.noLoginService");
            throw new IllegalStateException(reason.getMessage(), reason);
        }
        Set<String> chosen = switchable(operator.modules());
        OperatorDescriptor descriptor = new OperatorDescriptor(OperatorWrites.SOURCE, code, name, phone, chosen, List.of(),
                List.of(new StaffSpec(adminName, StaffRole.OPERATOR_ADMIN, null, CertificateLevel.NONE, null, phone, login)),
                List.of(), DemoSpec.NONE);
        String password = StaffLogins.temporaryPassword();
        tenantWork.run(code, actor.name(), () -> writes.onboard(descriptor, login, password));
        return password;
    }

    /** Switches the operator's modules to exactly these; a module switched off keeps its data. */
    public void switchModules(String operatorCode, Set<String> moduleIds) {
        Tenant tenant = operator(operatorCode);
        Set<String> chosen = switchable(moduleIds);
        tenantWork.run(tenant.tenantId(), actor.name(), () -> writes.switchModules(tenant, chosen));
    }

    /**
     * Adds a contract for one station over a term, with yearly targets on metrics of the modules the
     * operator has on (a blank or absent figure is no target; an agreed one is at least 1, a share at
     * most 100). Refused when its term shares a day with another contract at the station, of any
     * operator: the reason names that contract, its operator and its term.
     */
    public void addContract(String operatorCode, String number, String street, LocalDate startsOn, LocalDate endsOn,
                            Map<String, Integer> targets) {
        Tenant tenant = operator(operatorCode);
        String cleanNumber = number == null ? "" : number.strip();
        if (!CONTRACT_NUMBER.matcher(cleanNumber).matches()) {
            throw new Refusal("contract.refused.number");
        }
        if (contracts.findByNumber(cleanNumber).isPresent()) {
            throw new Refusal("contract.refused.numberExists", cleanNumber);
        }
        Station station = Optional.ofNullable(street).flatMap(stations::findByStreetCode)
                .orElseThrow(() -> new Refusal("contract.refused.station"));
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new Refusal("contract.refused.dates");
        }
        Map<String, org.shegong.platform.api.module.MetricDefinition> offered = modules.metricsFor(Optional.of(tenant.tenantId()));
        Map<String, Integer> chosen = new LinkedHashMap<>();
        List<Target> agreed = new java.util.ArrayList<>();
        if (targets != null) {
            for (Map.Entry<String, Integer> t : targets.entrySet()) {
                if (t.getValue() == null) {
                    continue;
                }
                var metric = offered.get(t.getKey());
                if (metric == null) {
                    throw new Refusal("contract.refused.metricOff", labelOf(t.getKey()));
                }
                agreed.add(Target.agreed(new Metric(metric.code()), t.getValue(), metric.isRatio(), new Refusal.Label(metric.labelKey())));
                chosen.put(t.getKey(), t.getValue());
            }
        }
        // The contract as proposed, never stored: the domain says whether it may stand beside the others.
        Contract proposed = new Contract(cleanNumber, tenant, station);
        proposed.setTerms(startsOn, endsOn, agreed);
        ContractSpec spec = new ContractSpec(cleanNumber, station.getStreet().getCode(), startsOn, endsOn, Map.copyOf(chosen));
        // The overlap is checked in the write's transaction, the station locked (OperatorWrites.addContract).
        tenantWork.run(tenant.tenantId(), actor.name(), () -> writes.addContract(tenant, spec, proposed));
    }

    /** A metric by its label when any installed module declares it (switched on or not), else its code as given. */
    private Object labelOf(String code) {
        return modules.all().stream().flatMap(m -> m.metrics().stream()).filter(d -> d.code().equals(code)).findFirst()
                .<Object>map(d -> new Refusal.Label(d.labelKey())).orElse(code);
    }

    /** Ends a contract early, on {@code lastDay} (within its term). */
    public void endContract(String number, LocalDate lastDay) {
        Contract contract = Optional.ofNullable(number).flatMap(contracts::findByNumber)
                .orElseThrow(() -> new RecordNotFoundException("合同 contract", 0));
        contract.earlyEnd(lastDay);
        tenantWork.run(contract.getOperator().tenantId(), actor.name(), () -> writes.endContract(number, lastDay));
    }

    /** The metrics a contract of this operator may target: those of the modules it has on (and the platform's own). */
    public Set<String> metricsOf(Tenant tenant) {
        return new TreeSet<>(modules.metricsFor(Optional.of(tenant.tenantId())).keySet());
    }

    /** The modules a platform admin may switch, in the registry's order. */
    public List<ShegongModule> switchableModules() {
        return modules.all().stream().filter(ShegongModule::switchable).toList();
    }

    public List<Station> stations() {
        return stations.all().stream().sorted(java.util.Comparator.comparing(s -> s.getStreet().getCode())).toList();
    }

    /** What provisioning applied: each {@code tenants/} file with its SHA-256 and when. */
    public List<ProvisionedFiles.AppliedFile> appliedFiles() {
        return provisionedFiles.all();
    }

    private Tenant operator(String code) {
        return Optional.ofNullable(code).filter(c -> !c.isBlank()).flatMap(c -> {
            try {
                return tenants.find(TenantId.of(c));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new RecordNotFoundException("运营方 operator", 0));
    }

    private Set<String> switchable(Set<String> ids) {
        Set<String> known = new TreeSet<>();
        switchableModules().forEach(m -> known.add(m.id()));
        Set<String> chosen = new TreeSet<>(ids == null ? Set.of() : ids);
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw new Refusal("operator.refused.noModule", id);
            }
        }
        return chosen;
    }

    private static String plain(String text, int max, String refusalKey) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > max || PlainText.problemWith(clean) != null) {
            throw new Refusal(refusalKey);
        }
        return clean;
    }

    private static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!PhoneNumber.isWellFormed(phone)) {
            throw new Refusal("operator.refused.phone");
        }
        return phone.strip();
    }
}
