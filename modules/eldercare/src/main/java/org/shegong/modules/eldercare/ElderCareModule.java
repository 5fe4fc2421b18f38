package org.shegong.modules.eldercare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.application.AntiFraudEducation;
import org.shegong.modules.eldercare.application.ElderCareDemo;
import org.shegong.modules.eldercare.application.ElderCarePermissions;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfileRepository;
import org.shegong.modules.eldercare.domain.model.health.HealthRepository;
import org.shegong.modules.eldercare.domain.model.referral.ReferralRepository;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisitRepository;
import org.shegong.modules.eldercare.interfaces.web.ElderResidentPanel;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;

/**
 * Elder care (为老服务): what this module tells the platform. It is found through CDI because its
 * jar is on the WAR's class path, and is on for an operator whose descriptor lists {@code eldercare}.
 */
@ApplicationScoped
public class ElderCareModule implements ShegongModule {

    public static final String ID = "eldercare";

    private static final Set<Role> STATION_STAFF = Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER);

    @Inject
    ElderProfileRepository profiles;

    @Inject
    HomeVisitRepository visits;

    @Inject
    HealthRepository health;

    @Inject
    ReferralRepository referrals;

    @Inject
    VisitLog visitLog;

    @Inject
    AntiFraudEducation antiFraud;

    @Inject
    ElderCareDemo demo;

    @Inject
    ElderResidentPanel residentPanel;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.shegong.modules.eldercare.messages";
    }

    @Override
    public List<Permission> permissions() {
        return ElderCarePermissions.all();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("/eldercare/elders.xhtml", "eldercare.menu.elders", "pi pi-user", STATION_STAFF, ID, 10),
                new MenuEntry("/eldercare/visit.xhtml", "eldercare.menu.visit", "pi pi-mobile", STATION_STAFF, ID, 20),
                new MenuEntry("/eldercare/overdue.xhtml", "eldercare.menu.overdue", "pi pi-exclamation-triangle", STATION_STAFF, ID, 30),
                new MenuEntry("/eldercare/referrals.xhtml", "eldercare.menu.referrals", "pi pi-send", STATION_STAFF, ID, 40),
                new MenuEntry("/eldercare/fraud.xhtml", "eldercare.menu.fraud", "pi pi-shield", STATION_STAFF, ID, 50));
    }

    private static final String ELDERS_SERVED = ID + ".elders-served";

    private static final String REACHED_BY_ANTI_FRAUD = ID + ".reached-by-anti-fraud";

    /**
     * Whoever may read elders' records sees the panels; on the resident page only for an elder, someone with a
     * profile, or someone whose birth date is needed to tell (none for a child: the age rule would refuse them).
     */
    @Override
    public List<Panel> panels() {
        return List.of(
                new Panel("resident", PanelSlot.RESIDENT_PAGE, "eldercare.panel.resident", "/WEB-INF/eldercare/panels/resident.xhtml",
                        ElderCarePermissions.read(), 10).onlyFor(residentPanel::shows),
                new Panel("overdue", PanelSlot.STATION_START, "eldercare.panel.overdue", "/WEB-INF/eldercare/panels/station.xhtml",
                        ElderCarePermissions.read(), 10));
    }

    /**
     * Events and persons in the period add up over streets; the register and the overdue list are
     * snapshots on the period's last day; coverage is a ratio recomputed from its two counts.
     */
    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.snapshotAtDate(ELDERS_SERVED, "eldercare.metric.elders-served",
                        (streets, from, to) -> profiles.countPerStreetAt(streets, endOf(to))),
                MetricDefinition.eventsInPeriod(ID + ".visits-done", "eldercare.metric.visits-done", visits::countPerStreet),
                MetricDefinition.snapshotAtDate(ID + ".overdue-visits", "eldercare.metric.overdue-visits",
                        (streets, from, to) -> visitLog.countOverduePerStreet(streets, to)),
                // Health follow-ups point at frail people: small counts are hidden outside the operator.
                MetricDefinition.eventsInPeriod(ID + ".health-readings", "eldercare.metric.health-readings",
                        health::countReadingsPerStreet).asSensitive(),
                MetricDefinition.eventsInPeriod(ID + ".referrals-completed", "eldercare.metric.referrals-completed",
                        referrals::countServedPerStreet),
                MetricDefinition.distinctPersonsInPeriod(REACHED_BY_ANTI_FRAUD, "eldercare.metric.reached-by-anti-fraud",
                        antiFraud::reachedPerStreet),
                MetricDefinition.ratio(ID + ".anti-fraud-coverage", "eldercare.metric.anti-fraud-coverage",
                        REACHED_BY_ANTI_FRAUD, ELDERS_SERVED));
    }

    /** The end of a day where the stations are. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Override
    public void seedDemo(DemoWorld world) {
        demo.seed(world);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("db/migration/eldercare");
    }
}
