package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.activities.ActivityRegistry;

/**
 * A module that exists only in the test archive: it proves that a module plugs in by being on the
 * class path, with no line of the platform naming it.
 */
@ApplicationScoped
public class ProbeModule implements ShegongModule {

    /** A module-defined audit action, labelled from the probe's bundle. */
    public static final AuditAction ASSIGNED = AuditAction.ofChange("probe.case.assigned", "audit.case.assigned");

    @Inject
    ActivityRegistry activities;

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public String bundle() {
        return "org.shegong.platform.it.probe.messages";
    }

    /** The probe's cases ({@link ProbeCases}), read through a record rule. */
    @Override
    public List<Permission> permissions() {
        return List.of(new Permission("probe.case.read", Set.of(Role.SOCIAL_WORKER, Role.STATION_LEAD)));
    }

    /**
     * Only archives that carry the probe's cases (the jar {@code RecordRuleIT} builds) carry its
     * table; the others have nothing to migrate.
     */
    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("db/migration/probe")
                .filter(folder -> getClass().getClassLoader().getResource(folder + "/flyway.location") != null);
    }

    @Override
    public List<AuditAction> auditActions() {
        return List.of(ASSIGNED);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("/probe/index.xhtml", "probe.menu", "pi pi-search",
                Set.of(Role.SOCIAL_WORKER, Role.STATION_LEAD, Role.OPERATOR_ADMIN), "probe", 10));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition("probe.notes", "probe.metric",
                (streets, from, to) -> activities.pageInStreets(streets, 0, 10_000).stream()
                        .filter(a -> "probe".equals(a.getModuleTag()) && !a.getHeldOn().isBefore(from) && !a.getHeldOn().isAfter(to))
                        .count()));
    }
}
