package org.shegong.platform.interfaces.web;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.application.metrics.RollUpRefresh;
import org.shegong.platform.domain.model.rollup.RollUpStore;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.residents.ResidentRegistry;

/**
 * The platform's own pages and metrics, declared through the same SPI as every module: the shell
 * renders the platform's menu entries exactly as it renders a module's. It cannot be switched off.
 * Its metric codes are the only ones without a module prefix: {@code activities} (done in the
 * period) and {@code residents} (on the register at the period's end); cases, volunteers and clubs
 * are counted by their modules ({@code childprotection.*}, {@code volunteers.*}, {@code clubs.*}).
 */
@ApplicationScoped
public class CoreModule implements ShegongModule {

    public static final String ID = "core";

    @Inject
    ActivityRegistry activities;

    @Inject
    ResidentRegistry residents;

    @Inject
    StaffRoster staff;

    @Inject
    RollUpRefresh rollUps;

    @Inject
    RollUpStore rollUpStore;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CoreModule.class.getName());

    @Resource
    ManagedExecutorService executor;

    /** Looked up when used: the job runner asks the module registry, which knows this module. */
    @Inject
    Instance<TenantJobs> jobs;

    /** The roll-up job: every operator's changed months (a full rebuild when none was made today). */
    public static final String ROLL_UP_JOB = "core.roll-up";

    /** The full rebuild, daily and on demand ({@code TenantJobs.runNow}). */
    public static final String ROLL_UP_REBUILD_JOB = "core.roll-up-rebuild";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.shegong.platform.web.messages";
    }

    @Override
    public boolean switchable() {
        return false;
    }

    @Override
    public boolean enabledByDefault() {
        return true;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("/station/home.xhtml", "menu.home", "pi pi-home", Access.STATION_WORK.roles(), "station", 5),
                new MenuEntry("/station/residents.xhtml", "menu.residents", "pi pi-users", Access.STATION_WORK.roles(), "station", 10),
                new MenuEntry("/station/activities.xhtml", "menu.activities", "pi pi-calendar", Access.STATION_WORK.roles(), "station", 20),
                new MenuEntry("/station/partners.xhtml", "menu.partners", "pi pi-link", Access.STATION_WORK.roles(), "station", 30),
                new MenuEntry("/station/projects.xhtml", "menu.projects", "pi pi-check-square", Access.STATION_WORK.roles(), "station", 25),
                new MenuEntry("/operator/stations.xhtml", "menu.stations", "pi pi-building", Access.OPERATOR.roles(), "operator", 10),
                new MenuEntry("/operator/staff.xhtml", "menu.staff", "pi pi-id-card", Access.OPERATOR.roles(), "operator", 20),
                new MenuEntry("/operator/reads.xhtml", "menu.reads", "pi pi-eye", Access.OPERATOR.roles(), "operator", 30),
                new MenuEntry("/operator/dashboard.xhtml", "menu.dashboard", "pi pi-chart-bar", Access.OPERATOR.roles(), "operator", 15),
                new MenuEntry("/region/stations.xhtml", "menu.region", "pi pi-map", Access.REGION.roles(), "region", 10),
                new MenuEntry("/platform/tenants.xhtml", "menu.operators", "pi pi-briefcase", Access.PLATFORM.roles(), "platform", 10),
                new MenuEntry("/volunteer/home.xhtml", "menu.volunteer", "pi pi-heart", Access.VOLUNTEER.roles(), "volunteer", 10));
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.eventsInPeriod("activities", "metric.activities",
                        org.shegong.platform.api.module.MetricCounter.byMonth(activities::countDonePerStreet,
                                activities::countDonePerStreetAndMonth)),
                MetricDefinition.snapshotAtDate("residents", "metric.residents",
                        (streets, from, to) -> residents.countPerStreetOn(streets, to)),
                // Staff and their certificates: the roster keeps no history, so any period reads today's roster.
                MetricDefinition.snapshotAtDate("core.staff", "metric.core.staff",
                        (streets, from, to) -> staff.countPerStreet(streets, false)),
                MetricDefinition.snapshotAtDate("core.staff-certified", "metric.core.staff-certified",
                        (streets, from, to) -> staff.countPerStreet(streets, true)),
                MetricDefinition.ratio("core.certified-share", "metric.core.certified-share", "core.staff-certified", "core.staff"));
    }

    /**
     * A module switched back on for an operator whose figures were already rolled up is counted at
     * once, from its first month: until then the dashboards read its rows as zeros ("served nobody"),
     * up to the next scheduled run. Runs after {@code RollUpChanges} has asked for the full rebuild; an
     * operator never rolled up yet (one just provisioned) waits for the schedule, as start-up would be
     * slowed for nothing.
     */
    void countSwitchedOnModule(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 900)
                               ModuleSwitched event) {
        if (!event.on() || rollUpStore.lastRefreshed(Set.of(event.tenant().value())).isEmpty()) {
            return;
        }
        // Not on this thread: it is finishing the switch's transaction and has none to read in (the
        // server refuses JPA here). Waited for, so the switch answers once the figures are there.
        try {
            executor.submit(() -> jobs.get().runNowFor(ROLL_UP_REBUILD_JOB, event.tenant())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.log(java.util.logging.Level.SEVERE, "counting the module switched on for " + event.tenant()
                    + " failed; the next scheduled refresh rebuilds it", e.getCause());
        }
    }

    @Override
    public List<TenantJob> jobs() {
        return List.of(
                new TenantJob(ROLL_UP_JOB, java.time.Duration.ofMinutes(10), run -> rollUps.due()),
                new TenantJob(ROLL_UP_REBUILD_JOB, java.time.Duration.ofDays(1), run -> rollUps.full()));
    }
}
