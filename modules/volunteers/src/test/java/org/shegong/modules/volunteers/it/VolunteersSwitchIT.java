package org.shegong.modules.volunteers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.modules.volunteers.application.HoursSummaries;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The volunteers module switched off for an operator: no menu entry, its pages and API routes
 * answer 404, its rows stay; switched on again, the same records are back. And the volunteer's
 * landing: volunteer.demo (希望, module on) signs in and lands on the module's phone portal. And the
 * "certificates issued" metric counted from the database the way the roll-up asks it (revoked ones
 * not counted, another operator's figure untouched).
 */
@ExtendWith(ArquillianExtension.class)
class VolunteersSwitchIT {

    static final String CODE = "it-vol";
    static final String LIUXIANG = "140106002000";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(VolunteersSwitchIT.class, VolunteersApiIT.class, PageSession.class, Keycloak.class,
                Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ActAs actAs;

    @Inject
    ModuleRegistry modules;

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final String ISSUED = "volunteers.certificates-issued";

    @Test
    void certificatesIssuedCountsTheStreetsCertificatesOfThePeriodWithoutTheRevokedOnesAndOnlyTheOperatorsOwn() {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        LocalDate today = LocalDate.now(VolunteersApiIT.STATIONS);
        YearMonth month = YearMonth.from(today);
        long hopeBefore = issued(HOPE, VolunteersApiIT.LAOJUNYING, month);
        long huideBefore = issued(HUIDE, VolunteersApiIT.WENMIAO, month);

        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            long v = api.register(api.hope, Fixtures.freshIdNumber(), VolunteersApiIT.LAOJUNYING, null, "证明计数" + i);
            api.confirmAttendance(api.hope, api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -60, 60, 3), v, 40);
            ids[i] = VolunteersApiIT.json(VolunteersApiIT.created(api.api.post("volunteers/certificates", api.hope,
                    "{\"volunteerId\":" + v + "}"))).getJsonNumber("id").longValue();
        }
        VolunteersApiIT.ok(api.api.post("volunteers/certificates/" + ids[0] + "/revocation", api.hope, "{\"reason\":\"计数测试撤销\"}"));

        assertEquals(hopeBefore + 2, issued(HOPE, VolunteersApiIT.LAOJUNYING, month), "three issued, one revoked");
        assertEquals(huideBefore, issued(HUIDE, VolunteersApiIT.WENMIAO, month), "汇德's figure is its own");
        assertEquals(0L, issued(HUIDE, VolunteersApiIT.LAOJUNYING, month), "汇德 counts nothing at 希望's street");
        assertEquals(0L, actAs.tenant(HOPE, () -> counter(HOPE).countPerStreet(Set.of(VolunteersApiIT.LAOJUNYING),
                today.plusDays(1), today.plusDays(1)).getOrDefault(VolunteersApiIT.LAOJUNYING, 0L)), "nothing issued tomorrow");
    }

    @Inject
    HoursSummaries summaries;

    @Inject
    AuditTrail audit;

    /**
     * Another volunteer's summary of hours is not found for volunteer.demo (API) and theirs is not
     * found for the other (service); asking and issuing are in the audit trail. (The PDF's text is
     * read in VolunteersApiIT, outside the server, where PDFBox is.)
     */
    @Test
    void aSummaryOfHoursIsItsVolunteersOwnAndTheAskingAndIssuingAreAudited() {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        long me = api.volunteerDemoAtHope();
        api.confirmAttendance(api.hope, api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -60, 60, 5), me, 40);
        String login = "it.summary." + System.nanoTime() % 1_000_000;
        long other = api.register(api.hope, Fixtures.freshIdNumber(), VolunteersApiIT.LAOJUNYING, login, "冯同学");
        api.confirmAttendance(api.hope, api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -60, 60, 5), other, 30);
        Identity someone = new Identity(login, "冯同学", Set.of(Role.VOLUNTEER), Optional.of(HOPE),
                Set.of(VolunteersApiIT.LAOJUNYING), Optional.empty());

        long theirs = actAs.person(someone, () -> summaries.request().getId());
        long mine = VolunteersApiIT.json(VolunteersApiIT.created(api.api.post("volunteers/me/hours-summaries", api.volunteer, "")))
                .getJsonNumber("id").longValue();
        assertEquals(404, api.api.get("volunteers/me/hours-summaries/" + theirs + "/pdf", api.volunteer).statusCode(),
                "another volunteer's summary is not found");
        assertThrows(RecordNotFoundException.class, () -> actAs.person(someone, () -> summaries.download(mine)));
        assertTrue(actAs.person(someone, () -> summaries.download(theirs)).pdf().length > 1000, "their own is theirs");

        List<String> issued = actAs.tenant(HOPE, () -> audit.historyOf("volunteers.hours-summary", theirs)).stream()
                .map(r -> r.action().code()).toList();
        assertTrue(issued.contains("CREATED") && issued.contains("volunteers.hours-summary.downloaded"), issued.toString());
        List<String> asked = actAs.tenant(HOPE, () -> audit.historyOf("volunteers.volunteer", other)).stream()
                .map(r -> r.action().code()).toList();
        assertTrue(asked.contains("volunteers.hours-summary.requested"), asked.toString());
    }

    /**
     * The metric as the roll-up's refresh asks it: the tenant's metrics from the registry, the
     * counter's month figures; and for the day, as a dashboard's period figure does. Both must agree.
     */
    private long issued(TenantId tenant, String street, YearMonth month) {
        return actAs.tenant(tenant, () -> {
            long monthly = counter(tenant).countPerStreetAndMonth(Set.of(street), month, month)
                    .getOrDefault(street, Map.of()).getOrDefault(month, 0L);
            long period = counter(tenant).countPerStreet(Set.of(street), month.atDay(1), month.atEndOfMonth()).getOrDefault(street, 0L);
            assertEquals(monthly, period, "the month's figure and the period's agree");
            return monthly;
        });
    }

    private org.shegong.platform.api.module.MetricCounter counter(TenantId tenant) {
        MetricDefinition metric = modules.metricsFor(Optional.of(tenant)).get(ISSUED);
        assertTrue(metric != null, "the metric is on for " + tenant);
        return metric.countsWith().orElseThrow();
    }

    @Test
    void switchedOffTheModuleVanishesKeepsItsDataAndComesBack(@TempDir Path dir) throws Exception {
        String descriptor = Fixtures.operatorLikeTongxin(CODE, "志愿开关测试中心", "\"volunteers\"");
        Fixtures.provision(provisioning, dir, CODE, descriptor);
        Api api = new Api(base);
        String lead = Keycloak.accessToken(CODE + ".lead");
        HttpResponse<String> registered = api.post("volunteers/registry", lead,
                VolunteersApiIT.volunteerJson(Fixtures.freshIdNumber(), LIUXIANG, null, "开关测试志愿者"));
        assertEquals(200, registered.statusCode(), registered.body());
        long id = Keycloak.json(registered.body()).getJsonNumber("id").longValue();
        assertTrue(menu(api, lead).contains("/volunteers/volunteers.xhtml"));
        PageSession browser = new PageSession();
        HttpResponse<String> page = browser.signIn(new URL(base, "volunteers/volunteers.xhtml").toURI(), CODE + ".lead", Keycloak.PASSWORD);
        assertEquals(200, page.statusCode(), page.uri().toString());
        assertTrue(page.body().contains("开关测试志愿者"), "the lazy list shows the volunteer");

        Fixtures.provision(provisioning, dir, CODE, descriptor.replace("\"modules\": [\"volunteers\"]", "\"modules\": []"));
        assertFalse(menu(api, lead).contains("/volunteers/volunteers.xhtml"), "no menu entry");
        assertEquals(404, browser.get(new URL(base, "volunteers/volunteers.xhtml").toURI()).statusCode());
        assertEquals(404, browser.get(new URL(base, "volunteers/hours.xhtml").toURI()).statusCode());
        assertEquals(404, api.get("volunteers/registry/" + id, lead).statusCode());
        assertEquals(404, api.get("volunteers/registry", lead).statusCode());
        assertEquals(404, api.post("volunteers/registry", lead, "{\"name\":\"x\"}").statusCode(), "even bad input: the module is not there");
        assertEquals(404, api.post("volunteers/shifts", lead, "{}").statusCode());
        assertEquals(1L, Fixtures.countRows("vol_volunteer where tenant_id = '" + CODE + "' and id = " + id), "switching off deletes nothing");

        Fixtures.provision(provisioning, dir, CODE, descriptor);
        HttpResponse<String> back = api.get("volunteers/registry/" + id, lead);
        assertEquals(200, back.statusCode(), back.body());
        assertEquals("开关测试志愿者", Keycloak.json(back.body()).getString("name"), "back, with its data");
    }

    @Test
    void aVolunteerLandsOnTheModulesPhonePortal() throws Exception {
        PageSession browser = new PageSession();
        HttpResponse<String> landing = browser.signIn(new URL(base, "").toURI(), "volunteer.demo", Keycloak.PASSWORD);
        assertEquals(200, landing.statusCode(), landing.uri().toString());
        assertTrue(landing.uri().getPath().endsWith("/volunteers/portal.xhtml"), landing.uri().toString());
        HttpResponse<String> placeholder = browser.get(new URL(base, "volunteer/home.xhtml").toURI());
        assertTrue(placeholder.uri().getPath().endsWith("/volunteers/portal.xhtml"), "the platform's placeholder hands over: "
                + placeholder.uri());
    }

    @Inject
    org.shegong.modules.volunteers.application.HoursConfirmation hoursToConfirm;

    @Inject
    org.shegong.modules.volunteers.application.ShiftWork shiftWork;

    @Inject
    org.shegong.modules.volunteers.application.VolunteerFile files;

    @Inject
    org.shegong.modules.volunteers.application.VolunteerRegistry registry;

    @Inject
    org.shegong.modules.volunteers.application.Certificates certificates;

    @Inject
    org.shegong.modules.volunteers.application.RosterImport rosterImport;

    /**
     * volunteer.demo on the staff pages (even their own file and certificates): the portal's 403 page
     * with its reason, never the error page (500, a refusal thrown in the page) nor the page itself
     * (200); their own portal still opens. The staff services refuse the volunteer too, however reached.
     */
    @Test
    void aVolunteerIsRefusedTheStaffPagesAndServicesAndKeepsTheirPortal() throws Exception {
        VolunteersApiIT api = new VolunteersApiIT();
        api.base = base;
        api.tokens();
        long me = api.volunteerDemoAtHope();
        long shift = api.shift(api.hope, VolunteersApiIT.LAOJUNYING, -30, 90, 5);
        PageSession browser = new PageSession();
        HttpResponse<String> portal = browser.signIn(new URL(base, "volunteers/portal.xhtml").toURI(), "volunteer.demo", Keycloak.PASSWORD);
        assertEquals(200, portal.statusCode(), portal.uri().toString());
        assertTrue(portal.uri().getPath().endsWith("/volunteers/portal.xhtml"), portal.uri().toString());
        List<String> unexpected = new java.util.ArrayList<>();
        for (String page : List.of("volunteers/volunteers.xhtml", "volunteers/import.xhtml", "volunteers/hours.xhtml",
                "volunteers/shifts.xhtml", "volunteers/shift.xhtml?id=" + shift, "volunteers/check-in-code.xhtml?id=" + shift,
                "volunteers/volunteer.xhtml?id=" + me, "volunteers/certificates.xhtml?volunteer=" + me)) {
            HttpResponse<String> answer = browser.get(new URL(base, page).toURI());
            if (answer.statusCode() != 403 || !answer.body().contains("无权访问") || !answer.body().contains("您的角色无权访问此页面")) {
                unexpected.add(page + " → " + answer.statusCode());
            }
        }
        assertEquals(List.of(), unexpected, "each staff page refuses the volunteer with the 403 page");
        HttpResponse<String> again = browser.get(new URL(base, "volunteers/portal.xhtml").toURI());
        assertEquals(200, again.statusCode(), "the portal still opens");
        assertTrue(again.body().contains("我的志愿服务"), "the volunteer's own portal");
        assertTrue(again.body().contains("我的志愿服务证明") && again.body().contains("requestSummary"),
                "with its certificates part, included from under WEB-INF");
        // That part is no page: opened by itself it was a blank page. Its old address is now a page of the
        // folder that is not there (a staff page to a volunteer, as any other), its fragment's never served.
        HttpResponse<String> oldAddress = browser.get(new URL(base, "volunteers/my-certificates.xhtml").toURI());
        assertEquals(403, oldAddress.statusCode(), "no longer the volunteer's page: " + oldAddress.body());
        HttpResponse<String> fragment = browser.get(new URL(base, "WEB-INF/volunteers/my-certificates.xhtml").toURI());
        assertEquals(404, fragment.statusCode(), "a fragment under WEB-INF is never served");
        PageSession staff = new PageSession();
        staff.signIn(new URL(base, "volunteers/volunteers.xhtml").toURI(), "laojunying.worker", Keycloak.PASSWORD);
        HttpResponse<String> toStaff = staff.get(new URL(base, "volunteers/my-certificates.xhtml").toURI());
        assertEquals(404, toStaff.statusCode(), "to staff, the old address is not found, not a blank page");

        Identity volunteer = new Identity("volunteer.demo", "张悦", Set.of(Role.VOLUNTEER), Optional.of(HOPE),
                Set.of(VolunteersApiIT.LAOJUNYING), Optional.empty());
        List<org.junit.jupiter.api.function.Executable> staffCalls = List.of(
                () -> actAs.person(volunteer, () -> hoursToConfirm.toConfirm()),
                () -> actAs.person(volunteer, () -> shiftWork.upcoming()),
                () -> actAs.person(volunteer, () -> shiftWork.roster(shift, java.util.Locale.CHINA)),
                () -> actAs.person(volunteer, () -> shiftWork.checkInSheet(shift)),
                () -> actAs.person(volunteer, () -> files.open(me)),
                () -> actAs.person(volunteer, () -> registry.count(null, null, null, null)),
                () -> actAs.person(volunteer, () -> certificates.ofVolunteer(me)),
                () -> actAs.person(volunteer, () -> rosterImport.template()));
        for (org.junit.jupiter.api.function.Executable call : staffCalls) {
            assertThrows(org.shegong.platform.api.access.AccessDeniedException.class, call);
        }
    }

    private static List<String> menu(Api api, String token) {
        return Keycloak.json(api.get("me", token).body()).getJsonArray("menu").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }
}
