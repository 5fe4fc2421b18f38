package org.shegong.modules.eldercare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.ResidentPanel;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.module.StationPanel;

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

    @Override
    public List<ResidentPanel> residentPanels() {
        return List.of(new ResidentPanel("eldercare-resident", "eldercare.panel.resident", "/eldercare/panels/resident.xhtml", 10));
    }

    @Override
    public List<StationPanel> stationPanels() {
        return List.of(new StationPanel("eldercare-overdue", "eldercare.panel.overdue", "/eldercare/panels/station.xhtml", 10));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition("eldercare.elders-served", "eldercare.metric.elders-served",
                        (streets, from, to) -> profiles.countAtStreets(streets)),
                new MetricDefinition("eldercare.visits-done", "eldercare.metric.visits-done", visits::countAtStreets),
                new MetricDefinition("eldercare.overdue-visits", "eldercare.metric.overdue-visits",
                        (streets, from, to) -> visitLog.countOverdue(streets)),
                new MetricDefinition("eldercare.health-readings", "eldercare.metric.health-readings", health::countReadings),
                new MetricDefinition("eldercare.referrals-completed", "eldercare.metric.referrals-completed",
                        referrals::countServed),
                new MetricDefinition("eldercare.anti-fraud-coverage", "eldercare.metric.anti-fraud-coverage",
                        (streets, from, to) -> antiFraud.coverage(streets, from, to).percent()));
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
