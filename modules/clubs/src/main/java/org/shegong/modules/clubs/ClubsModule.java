package org.shegong.modules.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.clubs.application.ClubCoverage;
import org.shegong.modules.clubs.application.ClubsDemo;
import org.shegong.modules.clubs.application.ClubsModuleActions;
import org.shegong.modules.clubs.application.ClubsPermissions;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;

/**
 * Community clubs (社区社会组织): what this module tells the platform. On for an operator whose
 * descriptor lists {@code clubs}.
 */
@ApplicationScoped
public class ClubsModule implements ShegongModule {

    public static final String ID = "clubs";

    private static final Set<Role> STATION_STAFF = Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER);

    private static final String COMMUNITIES = ID + ".communities";
    private static final String COMMUNITIES_AT_TARGET = ID + ".communities-at-target";

    @Inject
    ClubRepository clubs;

    @Inject
    ClubCoverage coverage;

    @Inject
    ClubsDemo demo;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.shegong.modules.clubs.messages";
    }

    @Override
    public List<Permission> permissions() {
        return ClubsPermissions.all();
    }

    @Override
    public List<AuditAction> auditActions() {
        return ClubsModuleActions.all();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("/clubs/clubs.xhtml", "clubs.menu.clubs", "pi pi-users", STATION_STAFF, ID, 10),
                new MenuEntry("/clubs/coverage.xhtml", "clubs.menu.coverage", "pi pi-th-large", STATION_STAFF, ID, 20));
    }

    @Override
    public List<Panel> panels() {
        return List.of(new Panel("region", PanelSlot.REGION_DASHBOARD, "clubs.panel.region", "/WEB-INF/clubs/panels/region.xhtml",
                ClubsPermissions.region(), 30));
    }

    /**
     * {@code clubs.helped} (the contract target "clubs"): clubs in force at the period's last day — a
     * stock, so a snapshot: as a count of events the roll-ups added it up month by month and a year
     * showed each club up to twelve times (yingze.mz saw 1,524 for about 231 clubs). Coverage counts
     * communities at the 191号 target as the clubs stand now.
     */
    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.snapshotAtDate(ID + ".helped", "clubs.metric.helped",
                        (streets, from, to) -> clubs.countInForcePerStreetAt(streets, to)),
                MetricDefinition.snapshotAtDate(ID + ".active", "clubs.metric.active",
                        (streets, from, to) -> clubs.countActivePerStreetAt(streets, to)),
                MetricDefinition.eventsInPeriod(ID + ".moved-stage", "clubs.metric.moved-stage", clubs::countStepsPerStreet),
                MetricDefinition.distinctPersonsInPeriod(ID + ".members", "clubs.metric.members", clubs::countMembersPerStreet),
                MetricDefinition.snapshotAtDate(COMMUNITIES, "clubs.metric.communities", coverage::communitiesPerStreet),
                MetricDefinition.snapshotAtDate(COMMUNITIES_AT_TARGET, "clubs.metric.communities-at-target",
                        coverage::atTargetPerStreet),
                MetricDefinition.ratio(ID + ".coverage", "clubs.metric.coverage", COMMUNITIES_AT_TARGET, COMMUNITIES));
    }

    @Override
    public void seedDemo(DemoWorld world) {
        demo.seed(world);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("db/migration/clubs");
    }
}
