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
import org.shegong.platform.api.module.MetricDefinition;
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
        for (ShegongModule module : discovered) {
            if (!ShegongModule.ID.matcher(module.id()).matches()) {
                throw new IllegalStateException("module id '" + module.id() + "' of " + module.getClass().getName()
                        + " is not 2-31 lower-case letters, digits or '-'");
            }
            if (!ids.add(module.id())) {
                throw new IllegalStateException("two modules claim the id " + module.id());
            }
            for (MetricDefinition metric : module.metrics()) {
                if (!metrics.add(metric.code())) {
                    throw new IllegalStateException("two modules declare the metric " + metric.code());
                }
            }
            found.add(module);
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
