package org.shegong.modules.volunteers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.application.CertificateCheck;
import org.shegong.modules.volunteers.application.Certificates;
import org.shegong.modules.volunteers.application.HoursSummaries;
import org.shegong.modules.volunteers.application.LedgerCheck;
import org.shegong.modules.volunteers.application.VolunteersDemo;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.job.TenantJob;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.module.ShegongModule;

/**
 * Volunteers (志愿服务): what this module tells the platform. On for an operator whose descriptor
 * lists {@code volunteers}; it serves station staff and the operator's volunteers themselves.
 */
@ApplicationScoped
public class VolunteersModule implements ShegongModule {

    public static final String ID = "volunteers";

    static final String PORTAL = "/volunteers/portal.xhtml";

    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    @Inject
    VolunteerRepository volunteers;

    @Inject
    AttendanceRepository attendance;

    @Inject
    CertificateRepository certificates;

    @Inject
    VolunteersDemo demo;

    @Inject
    LedgerCheck ledgerCheck;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.shegong.modules.volunteers.messages";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER, Role.VOLUNTEER);
    }

    @Override
    public List<Permission> permissions() {
        return VolunteersPermissions.all();
    }

    private static final Set<Role> STAFF = Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER);

    /**
     * The volunteer's own pages (the phone portal with its certificates, the QR code's check-in); every other page is
     * the staff's. The certificates part is a fragment under WEB-INF, no page.
     */
    private static final Set<String> VOLUNTEER_PAGES = Set.of("portal.xhtml", "check-in.xhtml");

    /**
     * A volunteer reaches only their own pages and staff only theirs: a volunteer's login on the
     * register, shifts, hours, import or a volunteer's file gets the portal's 403 page, as on any
     * other staff page (the services refuse them too). A page not named here is a staff page.
     */
    @Override
    public Set<Role> pageRoles(String page) {
        return VOLUNTEER_PAGES.contains(page) ? Set.of(Role.VOLUNTEER) : STAFF;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry(PORTAL, "volunteers.menu.portal", "pi pi-heart", Set.of(Role.VOLUNTEER), ID, 5),
                new MenuEntry("/volunteers/volunteers.xhtml", "volunteers.menu.volunteers", "pi pi-users", STAFF, ID, 10),
                new MenuEntry("/volunteers/shifts.xhtml", "volunteers.menu.shifts", "pi pi-calendar", STAFF, ID, 20),
                new MenuEntry("/volunteers/hours.xhtml", "volunteers.menu.hours", "pi pi-check-square", STAFF, ID, 30));
    }

    /** Issuing, revoking and downloading certificates, by their labels in the module's bundle. */
    @Override
    public List<AuditAction> auditActions() {
        return List.of(Certificates.REVOKED, Certificates.DOWNLOADED, HoursSummaries.REQUESTED, HoursSummaries.DOWNLOADED);
    }

    /** What the public verification page of a certificate shows, under the token its QR code carries. */
    @Override
    public Set<String> publicRecordKinds() {
        return Set.of(CertificateCheck.PUBLIC_KIND);
    }

    /** Volunteers land on their phone portal, which replaces the platform's placeholder page. */
    @Override
    public Optional<String> startPage(Role role) {
        return role == Role.VOLUNTEER ? Optional.of(PORTAL) : Optional.empty();
    }

    /**
     * {@code volunteers.mobilised} is the contract target: distinct people with confirmed hours in
     * the period, at the street of the station they served. Hours are whole hours confirmed in the
     * period; the register is a snapshot on the period's last day. Certificates issued count by their
     * issue day, at the street of the issuing station (the volunteer's), revoked ones excluded: a
     * revocation lowers the month the certificate was issued in (the roll-up's daily full rebuild
     * picks that up).
     */
    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.distinctPersonsInPeriod(ID + ".mobilised", "volunteers.metric.mobilised",
                        (streets, from, to) -> attendance.activePerStreet(streets, startOf(from), startOf(to.plusDays(1)))),
                MetricDefinition.eventsInPeriod(ID + ".hours-confirmed", "volunteers.metric.hours-confirmed",
                        (streets, from, to) -> attendance.confirmedHoursPerStreet(streets, startOf(from), startOf(to.plusDays(1)))),
                MetricDefinition.snapshotAtDate(ID + ".registered", "volunteers.metric.registered",
                        (streets, from, to) -> volunteers.registeredPerStreetOn(streets, to)),
                MetricDefinition.eventsInPeriod(ID + ".certificates-issued", "volunteers.metric.certificates-issued",
                        (streets, from, to) -> certificates.issuedPerStreet(streets, from, to)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(STATIONS).toInstant();
    }

    @Override
    public void seedDemo(DemoWorld world) {
        demo.seed(world);
    }

    /** Every night: the time bank's cached balances against its ledger, and the ledger's sum (zero). */
    @Override
    public List<TenantJob> jobs() {
        return List.of(new TenantJob(ID + ".ledger-check", Duration.ofDays(1), run -> ledgerCheck.run()));
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("db/migration/volunteers");
    }
}
