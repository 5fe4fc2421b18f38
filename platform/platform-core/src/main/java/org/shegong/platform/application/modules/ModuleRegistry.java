package org.shegong.platform.application.modules;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * The modules on the class path, found through CDI, and which of them a tenant has switched on.
 * A module that is off for a tenant is invisible to it: no menu entry, its URLs answer 404; its data
 * stays where it is and is back when the module is switched on again.
 */
@ApplicationScoped
public class ModuleRegistry {

    /**
     * The platform's own page folders, which no module id may take. {@code /volunteer/} holds the
     * volunteer's placeholder page only until the {@code volunteers} module (which owns
     * {@code /volunteers/…} and the {@code volunteers.*} metrics) brings the real one; it claims no
     * module id.
     */
    static final Set<String> PLATFORM_FOLDERS = Set.of("api", "station", "operator", "region", "platform", "public",
            "volunteer", "openapi", "logout");

    @Inject
    @Any
    Instance<ShegongModule> discovered;

    @Inject
    TenantRepository tenants;

    private List<ShegongModule> modules;

    private Map<String, Permission> permissions;

    @PostConstruct
    void collect() {
        List<ShegongModule> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> metrics = new HashSet<>();
        Set<String> jobs = new HashSet<>();
        for (ShegongModule module : discovered) {
            if (!ShegongModule.ID.matcher(module.id()).matches()) {
                throw new IllegalStateException("module id '" + module.id() + "' of " + module.getClass().getName()
                        + " is not 2-31 lower-case letters, digits or '-'");
            }
            if (module.switchable() && PLATFORM_FOLDERS.contains(module.id())) {
                throw new IllegalStateException("module id '" + module.id() + "' is a folder of the platform's own pages");
            }
            if (!ids.add(module.id())) {
                throw new IllegalStateException("two modules claim the id " + module.id());
            }
            for (MetricDefinition metric : module.metrics()) {
                if (!metrics.add(metric.code())) {
                    throw new IllegalStateException("two modules declare the metric " + metric.code());
                }
                ownCode(module, metric.code(), "metric");
            }
            for (TenantJob job : module.jobs()) {
                if (!jobs.add(job.code())) {
                    throw new IllegalStateException("two jobs have the code " + job.code());
                }
                ownCode(module, job.code(), "job");
            }
            for (Panel panel : module.panels()) {
                if (!module.permissions().contains(panel.permission())) {
                    throw new IllegalStateException("panel " + panel.id() + " of " + module.id()
                            + " is seen with a permission the module does not declare: " + panel.permission().code());
                }
            }
            found.add(module);
        }
        Map<String, MetricDefinition> all = new HashMap<>();
        found.forEach(m -> m.metrics().forEach(d -> all.put(d.code(), d)));
        for (MetricDefinition metric : all.values()) {
            if (metric.isRatio()) {
                for (String part : List.of(metric.numerator(), metric.denominator())) {
                    MetricDefinition counted = all.get(part);
                    if (counted == null || counted.isRatio()) {
                        throw new IllegalStateException("ratio " + metric.code() + " divides " + part + ", which is not a count metric");
                    }
                }
            }
        }
        found.sort(Comparator.comparing(ShegongModule::id));
        modules = List.copyOf(found);
        permissions = collectPermissions(modules);
    }

    /** Every declared permission, checked: named after its own module, declared once. */
    private static Map<String, Permission> collectPermissions(List<ShegongModule> modules) {
        Map<String, Permission> declared = new HashMap<>();
        for (ShegongModule module : modules) {
            for (Permission permission : module.permissions()) {
                if (!permission.moduleId().equals(module.id())) {
                    throw new IllegalStateException("module " + module.id() + " declares " + permission.code()
                            + ", which is not under its own id");
                }
                if (declared.put(permission.code(), permission) != null) {
                    throw new IllegalStateException("the permission " + permission.code() + " is declared twice");
                }
            }
        }
        return Map.copyOf(declared);
    }

    /** A permission some module declares, by code. */
    public Optional<Permission> permission(String code) {
        return Optional.ofNullable(code).map(permissions::get);
    }

    /**
     * A module's metric and job codes are {@code <module id>.<name>}; only the platform's own
     * (unswitchable) module has plain codes such as {@code activities}, so no module can claim a
     * figure that belongs to another (a future volunteers module owns {@code volunteers.*}).
     */
    private static void ownCode(ShegongModule module, String code, String what) {
        if (module.switchable() && !code.startsWith(module.id() + ".")) {
            throw new IllegalStateException("the " + what + " " + code + " of module " + module.id()
                    + " must be named " + module.id() + ".<name>");
        }
    }

    public List<ShegongModule> all() {
        return modules;
    }

    public Optional<ShegongModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean isEnabled(ShegongModule module, Optional<TenantId> tenant) {
        return isEnabled(module, tenant, switchedOn(tenant));
    }

    /** One look at the operator's descriptor, however many modules are asked about. */
    public List<ShegongModule> enabledFor(Optional<TenantId> tenant) {
        Set<String> switchedOn = switchedOn(tenant);
        return modules.stream().filter(m -> isEnabled(m, tenant, switchedOn)).toList();
    }

    /** The metrics of the modules the tenant has on, by code. */
    public Map<String, MetricDefinition> metricsFor(Optional<TenantId> tenant) {
        Map<String, MetricDefinition> metrics = new HashMap<>();
        enabledFor(tenant).forEach(m -> m.metrics().forEach(d -> metrics.put(d.code(), d)));
        return metrics;
    }

    /** Every job of every installed module, whatever the tenants have on. */
    public List<TenantJob> jobs() {
        return modules.stream().flatMap(m -> m.jobs().stream()).toList();
    }

    public Optional<TenantJob> job(String code) {
        return jobs().stream().filter(j -> j.code().equals(code)).findFirst();
    }

    /** The tenants that have the module on, in code order: whom a job of the module runs for. */
    public List<TenantId> tenantsWith(ShegongModule module) {
        return tenants.all().stream()
                .filter(t -> isEnabled(module, Optional.of(t.tenantId()), t.getEnabledModules()))
                .map(Tenant::tenantId).sorted(Comparator.comparing(TenantId::value)).toList();
    }

    /** On for at least one operator: what the region dashboard (which has no tenant) shows panels of. */
    public boolean onForAnyTenant(ShegongModule module) {
        return !module.switchable() || tenants.all().stream()
                .anyMatch(t -> isEnabled(module, Optional.of(t.tenantId()), t.getEnabledModules()));
    }

    private static boolean isEnabled(ShegongModule module, Optional<TenantId> tenant, Set<String> switchedOn) {
        if (!module.switchable()) {
            return true;
        }
        return tenant.isPresent() && (module.enabledByDefault() || switchedOn.contains(module.id()));
    }

    private Set<String> switchedOn(Optional<TenantId> tenant) {
        return tenant.flatMap(tenants::find).map(Tenant::getEnabledModules).orElse(Set.of());
    }
}
