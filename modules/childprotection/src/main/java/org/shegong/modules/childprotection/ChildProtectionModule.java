package org.shegong.modules.childprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.childprotection.application.ChildFigures;
import org.shegong.modules.childprotection.application.ChildProtectionActions;
import org.shegong.modules.childprotection.application.ChildProtectionDemo;
import org.shegong.modules.childprotection.application.ChildProtectionPermissions;
import org.shegong.modules.childprotection.application.DeadlineWatch;
import org.shegong.modules.childprotection.interfaces.web.ChildResidentPanel;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;

/**
 * Child protection (儿童关爱保护): what this module tells the platform. On for an operator whose
 * descriptor lists {@code childprotection}. Civil affairs and volunteers are not admitted (they see only
 * the platform's aggregates of the sensitive figures below, small counts suppressed).
 */
@ApplicationScoped
public class ChildProtectionModule implements ShegongModule {

    public static final String ID = "childprotection";

    /** The contract target "cases" (tenants/operators/*.json): cases taken in during the period. */
    public static final String CASES = ID + ".cases";

    static final String PLANS_APPROVED = ID + ".plans-approved";

    static final String PLANS_ON_TIME = ID + ".plans-on-time";

    private static final Set<Role> CASEWORKERS = Set.of(Role.STATION_LEAD, Role.SOCIAL_WORKER);

    @Inject
    ChildFigures figures;

    @Inject
    DeadlineWatch deadlines;

    @Inject
    ChildProtectionDemo demo;

    /** The resident page's panel (request-scoped): it says whether it has anything to say about a resident. */
    @Inject
    ChildResidentPanel residentPanel;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.shegong.modules.childprotection.messages";
    }

    @Override
    public List<Permission> permissions() {
        return ChildProtectionPermissions.all();
    }

    @Override
    public List<AuditAction> auditActions() {
        return ChildProtectionActions.all();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("/childprotection/caseload.xhtml", "childprotection.menu.caseload", "pi pi-heart", CASEWORKERS, ID, 10),
                new MenuEntry("/childprotection/session.xhtml", "childprotection.menu.session", "pi pi-mobile", CASEWORKERS, ID, 20),
                new MenuEntry("/childprotection/approvals.xhtml", "childprotection.menu.approvals", "pi pi-check-square",
                        Set.of(Role.STATION_LEAD), ID, 30));
    }

    /**
     * Overdue cases on the start page of whoever may read cases (the list inside obeys the need-to-know rule);
     * on the resident page, for whoever does case work, the child's record, the way to register one, or that the
     * birth date is needed first — and no panel at all for an adult the register does not keep.
     */
    @Override
    public List<Panel> panels() {
        return List.of(new Panel("overdue", PanelSlot.STATION_START, "childprotection.panel.overdue",
                        "/WEB-INF/childprotection/panels/station.xhtml", ChildProtectionPermissions.read(), 20),
                new Panel("resident", PanelSlot.RESIDENT_PAGE, "childprotection.panel.resident",
                        "/WEB-INF/childprotection/panels/resident.xhtml", ChildProtectionPermissions.work(), 20)
                        .onlyFor(residentPanel::shows));
    }

    /** Every figure is about children and their cases: all sensitive (small counts suppressed outside the operator). */
    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.distinctPersonsInPeriod(ID + ".children-served", "childprotection.metric.children-served",
                        figures::childrenServed).asSensitive(),
                MetricDefinition.eventsInPeriod(CASES, "childprotection.metric.cases", figures::casesOpened).asSensitive(),
                MetricDefinition.eventsInPeriod(ID + ".cases-closed", "childprotection.metric.cases-closed", figures::casesClosed).asSensitive(),
                MetricDefinition.snapshotAtDate(ID + ".high-risk-open", "childprotection.metric.high-risk-open", figures::highRiskOpen).asSensitive(),
                MetricDefinition.eventsInPeriod(ID + ".sessions", "childprotection.metric.sessions", figures::sessionsHeld).asSensitive(),
                MetricDefinition.eventsInPeriod(PLANS_APPROVED, "childprotection.metric.plans-approved", figures::plansApproved).asSensitive(),
                MetricDefinition.eventsInPeriod(PLANS_ON_TIME, "childprotection.metric.plans-on-time", figures::plansOnTime).asSensitive(),
                MetricDefinition.ratio(ID + ".plans-on-time-ratio", "childprotection.metric.plans-on-time-ratio", PLANS_ON_TIME,
                        PLANS_APPROVED).asSensitive());
    }

    @Override
    public List<TenantJob> jobs() {
        return List.of(new TenantJob(ID + ".deadlines", Duration.ofDays(1), run -> deadlines.check()));
    }

    @Override
    public void seedDemo(DemoWorld world) {
        demo.seed(world);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("db/migration/childprotection");
    }
}
