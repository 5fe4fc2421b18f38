package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.LAOJUNYING_COMMUNITY;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.id;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.json;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.pick;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.ResidentChild;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * Registering a resident as a child (the resident page's panel and {@code register.xhtml}, the API's
 * {@code POST children}) is decided by {@link ChildRegister}, whoever calls it: another operator's or another
 * station's resident is "not found" (404 on the page and the API) and nothing is written; an adult is refused
 * with their age and their page has no child-protection panel at all; a resident without a birth date is refused
 * and their panel asks for the date first; a role that does no case work (the operator admin) is refused by the
 * service itself, and the resident page offers it nothing. Two operators: 希望 (老军营, 迎泽) and 汇德 (文庙).
 */
@ExtendWith(ArquillianExtension.class)
class ChildRegistrationIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final Identity LAOJUNYING_WORKER = new Identity("laojunying.worker", "武振华", Set.of(Role.SOCIAL_WORKER), Optional.of(HOPE),
            Set.of("140106005000"), Optional.empty());
    static final Identity YINGZE_WORKER = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER), Optional.of(HOPE),
            Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity WENMIAO_WORKER = new Identity("wenmiao.worker", "贺雅琴", Set.of(Role.SOCIAL_WORKER), Optional.of(HUIDE),
            Set.of(Fixtures.STREET_WENMIAO), Optional.empty());
    static final Identity LAOJUNYING_LEAD = new Identity("laojunying.lead", "岳晓梅", Set.of(Role.STATION_LEAD), Optional.of(HOPE),
            Set.of("140106005000"), Optional.empty());
    static final Identity HOPE_ADMIN = new Identity("hope.admin", "梁志刚", Set.of(Role.OPERATOR_ADMIN), Optional.of(HOPE),
            Set.of("140106005000", Fixtures.STREET_YINGZE), Optional.empty());

    static final ChildDetails LEFT_BEHIND = new ChildDetails(ChildCategory.LEFT_BEHIND, null, true, "老军营小学", "三年级", null, null,
            null, null, List.of(new Guardian("王桂兰", "祖母", "13800001111", true, null)), null);

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ChildRegistrationIT.class, ChildProtectionApiIT.class, PageSession.class, Keycloak.class,
                Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ActAs actAs;

    @Inject
    ChildRegister register;

    @Test
    void anotherOperatorsOrStationsResidentIsNotFoundEverywhereAndNothingIsWritten() throws Exception {
        Api api = new Api(base);
        String laojunying = Keycloak.accessToken("laojunying.worker");
        String wenmiao = Keycloak.accessToken("wenmiao.worker");
        String yingze = Keycloak.accessToken("yingze.worker");
        long hopeChild = resident(api, laojunying, LAOJUNYING_COMMUNITY, "隔" + pick() + pick() + "童", childBirthDate());
        long huideChild = resident(api, wenmiao, Fixtures.COMMUNITY_WENMIAO, "汇" + pick() + pick() + "童", childBirthDate());

        // The service, as the other operator's worker and as a worker of the operator's other station.
        for (Identity outsider : List.of(WENMIAO_WORKER, YINGZE_WORKER)) {
            assertThrows(RecordNotFoundException.class, () -> actAs.person(outsider, () -> register.register(hopeChild, LEFT_BEHIND)),
                    outsider.username());
            assertThrows(RecordNotFoundException.class, () -> actAs.person(outsider, () -> register.onResident(hopeChild)),
                    outsider.username());
        }
        assertThrows(RecordNotFoundException.class, () -> actAs.person(LAOJUNYING_WORKER, () -> register.register(huideChild, LEFT_BEHIND)));

        // The API: 404, as for an unknown id.
        String body = "{\"residentId\":" + hopeChild + ",\"category\":\"LEFT_BEHIND\",\"inSchool\":true,\"school\":\"老军营小学\"}";
        assertEquals(404, api.post("childprotection/children", wenmiao, body).statusCode());
        assertEquals(404, api.post("childprotection/children", yingze, body).statusCode());

        // The registration page: 404 before any form is drawn.
        PageSession other = new PageSession();
        HttpResponse<String> page = other.signIn(new URL(base, "childprotection/register.xhtml?residentId=" + hopeChild).toURI(),
                "wenmiao.worker", Keycloak.PASSWORD);
        assertEquals(404, page.statusCode(), page.uri().toString());
        assertFalse(page.body().contains("registerForm"), "no form for another operator's resident");
        PageSession own = new PageSession();
        assertEquals(404, own.signIn(new URL(base, "childprotection/register.xhtml?residentId=" + huideChild).toURI(),
                "laojunying.worker", Keycloak.PASSWORD).statusCode());

        assertEquals(0, children(hopeChild), "no child record of 希望's resident in any operator");
        assertEquals(0, children(huideChild), "no child record of 汇德's resident in any operator");

        // Its own station's worker registers the resident: the refusals above were about who asked, not the resident.
        HttpResponse<String> registered = api.post("childprotection/children", laojunying, body);
        assertEquals(200, registered.statusCode(), registered.body());
        assertEquals(1, children(hopeChild));
        assertEquals("hope", tenantOf(hopeChild));
    }

    @Test
    void anAdultIsRefusedWithTheirAgeAndThePagesOfferNothing() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long adult = resident(api, worker, LAOJUNYING_COMMUNITY, "成" + pick() + pick() + "人", today.minusYears(35).minusDays(10));
        long eighteenToday = resident(api, worker, LAOJUNYING_COMMUNITY, "满" + pick() + pick() + "岁", today.minusYears(18));

        Refusal refused = assertThrows(Refusal.class, () -> actAs.person(LAOJUNYING_WORKER, () -> register.register(adult, LEFT_BEHIND)));
        assertEquals("childprotection.refused.notAChild", refused.key());
        assertEquals(List.of(35, 18), refused.args());
        assertThrows(Refusal.class, () -> actAs.person(LAOJUNYING_WORKER, () -> register.register(eighteenToday, LEFT_BEHIND)),
                "on their 18th birthday a resident is an adult");
        HttpResponse<String> api400 = api.post("childprotection/children", worker, "{\"residentId\":" + adult
                + ",\"category\":\"LEFT_BEHIND\",\"inSchool\":true,\"school\":\"老军营小学\"}");
        assertEquals(400, api400.statusCode(), api400.body());
        assertEquals("childprotection.refused.notAChild", json(api400.body()).getString("key"));
        assertTrue(json(api400.body()).getString("error").contains("35"), "the reason says the age: " + api400.body());
        assertEquals(0, children(adult));
        assertEquals(0, children(eighteenToday));

        for (long grownUp : List.of(adult, eighteenToday)) {
            ResidentChild seen = actAs.person(LAOJUNYING_WORKER, () -> register.onResident(grownUp));
            assertFalse(seen.underAge() || seen.mayRegister() || seen.registered() || seen.birthDateNeeded(), seen.toString());
            assertTrue(seen.adult() && !seen.worthAPanel(), seen.toString());
        }

        // An adult's page carries no child-protection panel at all: no title, no note, no link.
        PageSession session = new PageSession();
        String residentPage = session.signIn(new URL(base, "station/resident.xhtml?id=" + adult).toURI(), "laojunying.worker",
                Keycloak.PASSWORD).body();
        assertTrue(residentPage.contains("residentName"), "the resident's page is there");
        assertFalse(residentPage.contains("panel_childprotection_resident") || residentPage.contains("childprotection-resident-panel"),
                "no child-protection panel on an adult's page");
        assertFalse(residentPage.contains("cpRegisterChild"), "no registration offered for an adult");
        assertFalse(session.get(new URL(base, "station/resident.xhtml?id=" + eighteenToday).toURI()).body()
                .contains("panel_childprotection_resident"), "none on the 18th birthday either");
        HttpResponse<String> registerPage = session.get(new URL(base, "childprotection/register.xhtml?residentId=" + adult).toURI());
        assertEquals(200, registerPage.statusCode());
        assertTrue(registerPage.body().contains("儿童档案只登记未满 18 周岁的儿童"), "the registration page says why");
        assertFalse(registerPage.body().contains("registerForm"), "and has no form");
    }

    /**
     * Without a birth date on record no one can tell whether a resident is a child: the register refuses (the
     * service, whoever calls it, and so the API), the resident page's panel says the date is needed first and
     * offers no registration, and the registration page has no form.
     */
    @Test
    void aResidentWithoutABirthDateIsAskedForItFirstAndTheRegisterRefuses() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        HttpResponse<String> made = api.post("residents", worker, "{\"name\":\"" + "无" + pick() + pick() + "日" + "\",\"phone\":\"13800000000\","
                + "\"communityCode\":\"" + LAOJUNYING_COMMUNITY + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        jakarta.json.JsonObject resident = json(made.body());
        assertTrue(!resident.containsKey("birthDate") || resident.isNull("birthDate"), "no birth date on record: " + resident);
        long undated = id(made.body());

        Refusal refused = assertThrows(Refusal.class, () -> actAs.person(LAOJUNYING_WORKER, () -> register.register(undated, LEFT_BEHIND)));
        assertEquals("childprotection.refused.birthDateNeeded", refused.key());
        HttpResponse<String> api400 = api.post("childprotection/children", worker, "{\"residentId\":" + undated
                + ",\"category\":\"LEFT_BEHIND\",\"inSchool\":true,\"school\":\"老军营小学\"}");
        assertEquals(400, api400.statusCode(), api400.body());
        assertEquals("childprotection.refused.birthDateNeeded", json(api400.body()).getString("key"));
        assertTrue(json(api400.body()).getString("error").contains("出生日期"), api400.body());
        assertEquals(0, children(undated), "nothing written");

        ResidentChild seen = actAs.person(LAOJUNYING_WORKER, () -> register.onResident(undated));
        assertTrue(seen.birthDateNeeded() && seen.worthAPanel(), seen.toString());
        assertFalse(seen.underAge() || seen.mayRegister() || seen.adult(), seen.toString());

        PageSession session = new PageSession();
        String residentPage = session.signIn(new URL(base, "station/resident.xhtml?id=" + undated).toURI(), "laojunying.worker",
                Keycloak.PASSWORD).body();
        assertTrue(residentPage.contains("panel_childprotection_resident") && residentPage.contains("cpBirthDateNeeded")
                && residentPage.contains("未登记出生日期"), "the panel says the birth date is needed first");
        assertFalse(residentPage.contains("cpRegisterChild") || residentPage.contains("register.xhtml?residentId="),
                "and offers no registration");
        HttpResponse<String> registerPage = session.get(new URL(base, "childprotection/register.xhtml?residentId=" + undated).toURI());
        assertEquals(200, registerPage.statusCode());
        assertTrue(registerPage.body().contains("未登记出生日期"), "the registration page says why");
        assertFalse(registerPage.body().contains("registerForm"), "and has no form");
    }

    @Test
    void onlyCaseWorkersRegisterChildrenAndTheServiceChecksItNotOnlyThePage() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        long child = resident(api, worker, LAOJUNYING_COMMUNITY, "权" + pick() + pick() + "童", childBirthDate());

        assertThrows(AccessDeniedException.class, () -> actAs.person(HOPE_ADMIN, () -> register.register(child, LEFT_BEHIND)));
        assertThrows(AccessDeniedException.class, () -> actAs.person(HOPE_ADMIN, () -> register.onResident(child)));
        assertEquals(403, api.post("childprotection/children", Keycloak.accessToken("hope.admin"), "{\"residentId\":" + child
                + ",\"category\":\"LEFT_BEHIND\",\"inSchool\":true,\"school\":\"老军营小学\"}").statusCode());
        assertEquals(0, children(child));

        PageSession admin = new PageSession();
        String residentPage = admin.signIn(new URL(base, "station/resident.xhtml?id=" + child).toURI(), "hope.admin", Keycloak.PASSWORD).body();
        assertFalse(residentPage.contains("cpRegisterChild") || residentPage.contains("panel_childprotection_resident"),
                "the operator admin's resident page has no child-protection panel");
        assertEquals(403, admin.get(new URL(base, "childprotection/register.xhtml?residentId=" + child).toURI()).statusCode());

        // The station's worker sees the panel offering it; once registered, the panel links to the file.
        PageSession own = new PageSession();
        String offered = own.signIn(new URL(base, "station/resident.xhtml?id=" + child).toURI(), "laojunying.worker", Keycloak.PASSWORD).body();
        assertTrue(offered.contains("cpRegisterChild") && offered.contains("register.xhtml?residentId=" + child), "offered to the worker");
        long childId = actAs.person(LAOJUNYING_WORKER, () -> register.register(child, LEFT_BEHIND)).getId();
        String linked = own.get(new URL(base, "station/resident.xhtml?id=" + child).toURI()).body();
        assertTrue(linked.contains("child.xhtml?id=" + childId), "the panel links to the child's file");
        assertFalse(linked.contains("cpRegisterChild"), "and offers no second registration");
        ResidentChild seen = actAs.person(LAOJUNYING_WORKER, () -> register.onResident(child));
        assertNotNull(seen.childId());
        Refusal twice = assertThrows(Refusal.class, () -> actAs.person(LAOJUNYING_WORKER, () -> register.register(child, LEFT_BEHIND)));
        assertEquals("childprotection.refused.childRecordExists", twice.key());
        assertEquals(1, children(child));
    }

    /**
     * A child registered by the lead is assigned to the lead: the station's other worker learns from the resident
     * page that the child is served and by whom — no link to the file, no id, no second registration.
     */
    @Test
    void aChildAnotherWorkerServesIsShownAsServedByThemWithoutALinkOrAnId() throws Exception {
        Api api = new Api(base);
        long child = resident(api, Keycloak.accessToken("laojunying.worker"), LAOJUNYING_COMMUNITY, "站" + pick() + pick() + "童",
                childBirthDate());
        long childId = actAs.person(LAOJUNYING_LEAD, () -> register.register(child, LEFT_BEHIND)).getId();

        ResidentChild seen = actAs.person(LAOJUNYING_WORKER, () -> register.onResident(child));
        assertTrue(seen.registered() && !seen.mayOpen() && !seen.mayRegister(), seen.toString());
        assertEquals(List.of("岳晓梅"), seen.servedBy());

        PageSession worker = new PageSession();
        String page = worker.signIn(new URL(base, "station/resident.xhtml?id=" + child).toURI(), "laojunying.worker", Keycloak.PASSWORD).body();
        assertTrue(page.contains("已建立儿童档案，负责社工：岳晓梅"), "who serves the child is said");
        assertFalse(page.contains("child.xhtml?id=" + childId) || page.contains("cpRegisterChild"), "no link to the file, nothing to register");
    }

    static LocalDate childBirthDate() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(9).minusDays(ThreadLocalRandom.current().nextInt(300));
    }

    /** A resident of the community with an ID number carrying the birth date. */
    static long resident(Api api, String token, String community, String name, LocalDate birth) {
        String first17 = "140106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        HttpResponse<String> made = api.post("residents", token, "{\"name\":\"" + name + "\",\"idNumber\":\"" + first17
                + IdNumber.checkCharFor(first17) + "\",\"phone\":\"13800000000\",\"communityCode\":\"" + community + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return id(made.body());
    }

    /** Child records of the resident id in every operator's rows (the raw table, no tenant filter). */
    static long children(long residentId) throws Exception {
        return Fixtures.countRows("cp_child where resident_id = " + residentId);
    }

    static String tenantOf(long residentId) throws Exception {
        try (var c = Fixtures.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("select tenant_id from cp_child where resident_id = " + residentId)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
