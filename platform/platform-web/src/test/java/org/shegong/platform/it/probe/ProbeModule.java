package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.module.StreetCounts;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * A module that exists only in the test archive: it proves that a module plugs in by being on the
 * class path, with no line of the platform naming it, and it exercises every extension point of
 * the SPI — a panel in each slot, a metric of each kind, a tenant job ({@link ProbeSweep}) and a
 * global record ({@link ProbeIdentities}).
 */
@ApplicationScoped
public class ProbeModule implements ShegongModule {

    /** Leads, operator admins and civil affairs see the probe's panels; a social worker does not. */
    public static final Permission SEE_PANELS = new Permission("probe.panels.see",
            Set.of(Role.STATION_LEAD, Role.OPERATOR_ADMIN, Role.CIVIL_AFFAIRS));

    public static final String SWEEP = "probe.sweep";

    /** A module-defined audit action, labelled from the probe's bundle. */
    public static final AuditAction ASSIGNED = AuditAction.ofChange("probe.case.assigned", "audit.case.assigned");

    @Inject
    ActivityRegistry activities;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProbeSweep sweep;

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
        return List.of(new Permission("probe.case.read", Set.of(Role.SOCIAL_WORKER, Role.STATION_LEAD)), SEE_PANELS);
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
    public List<Panel> panels() {
        return List.of(
                new Panel("resident", PanelSlot.RESIDENT_PAGE, "probe.panel", "/WEB-INF/probe/panel.xhtml", SEE_PANELS, 50),
                new Panel("station", PanelSlot.STATION_START, "probe.panel", "/WEB-INF/probe/panel.xhtml", SEE_PANELS, 50),
                new Panel("operator", PanelSlot.OPERATOR_START, "probe.panel", "/WEB-INF/probe/panel.xhtml", SEE_PANELS, 50),
                new Panel("region", PanelSlot.REGION_DASHBOARD, "probe.panel", "/WEB-INF/probe/panel.xhtml", SEE_PANELS, 50));
    }

    /**
     * {@code probe.notes} counts the probe's own records (activities tagged "probe"); the other
     * kinds answer what {@link ProbeFigures} holds for the asking tenant, so a test can see the
     * counter run inside that tenant and the platform add streets up by kind.
     */
    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.eventsInPeriod("probe.notes", "probe.metric",
                        (streets, from, to) -> StreetCounts.of(activities.pageInStreets(streets, 0, 10_000).stream()
                                .filter(a -> "probe".equals(a.getModuleTag()) && !a.getHeldOn().isBefore(from) && !a.getHeldOn().isAfter(to))
                                .map(a -> new Object[] {a.getStation().getStreet().getCode(), 1L}).toList())),
                MetricDefinition.distinctPersonsInPeriod("probe.persons", "probe.metric", (streets, from, to) -> figures("persons", streets)),
                MetricDefinition.snapshotAtDate("probe.enrolled", "probe.metric", (streets, from, to) -> figures("enrolled", streets)),
                MetricDefinition.ratio("probe.share", "probe.metric", "probe.persons", "probe.enrolled"));
    }

    @Override
    public List<TenantJob> jobs() {
        return List.of(new TenantJob(SWEEP, Duration.ofDays(1), sweep::run));
    }

    private Map<String, Long> figures(String name, Set<String> streets) {
        return ProbeFigures.of(tenantContext.require(), name, streets);
    }
}
