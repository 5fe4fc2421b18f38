package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The elder-care API as phones use it, with real Keycloak tokens of two operators: 希望's
 * laojunying.worker and 汇德's wenmiao.worker. Every route answers its own operator's records and
 * 404 on the other's; bad input gets a 400 with the Chinese reason first and writes nothing.
 *
 * <p>No spelling of a URL reaches a module that is off for the caller, or one their role may not use
 * (issue 10 item 1). The module gate once read the raw request URI while Liberty routes on the
 * decoded, normalised path, so {@code /api/eldercare;x/visits/due} answered 200 with data to a worker
 * of 晋阳 (elder care off) and to the volunteer. Each spelling is tried with 希望's worker first: where it
 * reaches elder care for them (200), it must be 404 for 晋阳's worker and 403/404 for the volunteer;
 * where the container refuses it for everyone, it is a 4xx for all.
 */
@ExtendWith(ArquillianExtension.class)
class ElderApiIT {

    /** Today at the stations, asked at each use: a value kept from class loading goes stale when a run crosses midnight in Shanghai (16:00 UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    static final List<String> API_SPELLINGS = List.of("eldercare/visits/due", "eldercare;x/visits/due",
            "eldercare;/visits/due", "/eldercare/visits/due", "%65ldercare/visits/due", "ELDERCARE/visits/due");
    static final List<String> PAGE_SPELLINGS = List.of("eldercare/elders.xhtml", "eldercare;x/elders.xhtml",
            "eldercare;/elders.xhtml", "/eldercare/elders.xhtml", "%65ldercare/elders.xhtml", "station/../eldercare/elders.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;
    String hope;
    String huide;
    long hopeElder;
    long huideElder;

    @BeforeEach
    void twoOperatorsEachWithAnElder() {
        api = new Api(base);
        hope = Keycloak.accessToken("laojunying.worker");
        huide = Keycloak.accessToken("wenmiao.worker");
        hopeElder = firstResident(hope);
        huideElder = firstResident(huide);
        assertEquals(200, api.put("eldercare/elders/" + hopeElder, hope, profile("ALONE")).statusCode());
        assertEquals(200, api.put("eldercare/elders/" + huideElder, huide, profile("EMPTY_NEST")).statusCode());
    }

    @Test
    void aProfileIsReadAndWrittenOnlyByItsOperator() {
        JsonObject elder = json(ok(api.get("eldercare/elders/" + hopeElder, hope)));
        assertEquals("ALONE", elder.getString("livingSituation"));
        assertEquals(90, elder.getInt("barthelTotal"));
        assertEquals("MILD", elder.getString("barthelLevel"));
        assertEquals(404, api.get("eldercare/elders/" + hopeElder, huide).statusCode());
        assertEquals(404, api.put("eldercare/elders/" + hopeElder, huide, profile("DISABLED")).statusCode());
        assertEquals(404, api.get("eldercare/elders/" + huideElder, hope).statusCode());

        HttpResponse<String> bad = api.put("eldercare/elders/" + hopeElder, hope,
                profile("DISABLED").replace("\"BATHING\":5", "\"BATHING\":10"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(json(bad.body()).getString("error").startsWith("“洗澡”"), bad.body());
        assertEquals("ALONE", json(ok(api.get("eldercare/elders/" + hopeElder, hope))).getString("livingSituation"),
                "neither the other operator nor bad input changed anything");
    }

    @Test
    void aPlanMakesAVisitDueLoggingItFromThePhoneClearsItAndTheOtherOperatorSeesNone() {
        ok(api.post("eldercare/elders/" + hopeElder + "/plans", hope, plan(today().minusDays(20), "laojunying.worker")));
        assertEquals(404, api.post("eldercare/elders/" + hopeElder + "/plans", huide, plan(today(), "wenmiao.worker")).statusCode());
        assertEquals(404, api.get("eldercare/elders/" + hopeElder + "/plans", huide).statusCode());
        HttpResponse<String> noWorker = api.post("eldercare/elders/" + hopeElder + "/plans", hope, plan(today(), "wenmiao.worker"));
        assertEquals(400, noWorker.statusCode(), noWorker.body());
        assertTrue(json(noWorker.body()).getString("error").startsWith("责任社工"), noWorker.body());
        assertEquals(1, array(ok(api.get("eldercare/elders/" + hopeElder + "/plans", hope))).size());

        JsonObject due = dueFor(hope, hopeElder).orElseThrow();
        assertTrue(due.getBoolean("overdue"), due.toString());
        assertEquals(today().minusDays(6).toString(), due.getString("dueOn"));
        assertTrue(array(ok(api.get("eldercare/visits/overdue", hope))).stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("residentId").longValue() == hopeElder));
        assertTrue(dueFor(huide, hopeElder).isEmpty(), "huide's worker never gets hope's due visits");
        assertFalse(array(ok(api.get("eldercare/visits/overdue", huide))).stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("residentId").longValue() == hopeElder));

        assertEquals(404, api.post("eldercare/elders/" + hopeElder + "/visits", huide, visit(today())).statusCode());
        HttpResponse<String> future = api.post("eldercare/elders/" + hopeElder + "/visits", hope, visit(today().plusDays(2)));
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(json(future.body()).getString("error").startsWith("走访日期不能晚于今天"), future.body());
        HttpResponse<String> empty = api.post("eldercare/elders/" + hopeElder + "/visits", hope, "{}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(json(empty.body()).getString("error").startsWith("请填写走访日期"), empty.body());
        assertEquals(0, array(ok(api.get("eldercare/elders/" + hopeElder + "/visits", hope))).size(), "nothing was written");

        JsonObject logged = json(ok(api.post("eldercare/elders/" + hopeElder + "/visits", hope, visit(today()))));
        assertEquals("laojunying.worker", logged.getString("worker"));
        assertTrue(dueFor(hope, hopeElder).isEmpty(), "the next visit is 14 days away, beyond the 7-day horizon");
        assertEquals(1, array(ok(api.get("eldercare/elders/" + hopeElder + "/visits", hope))).size());
        assertEquals(404, api.get("eldercare/elders/" + hopeElder + "/visits", huide).statusCode());
    }

    @Test
    void aHighReadingOpensOneFollowUpThatOnlyItsOperatorClosesAndOnlyWithANote() {
        JsonObject normal = json(ok(api.post("eldercare/elders/" + hopeElder + "/readings", hope, reading(126, 80))));
        assertFalse(normal.containsKey("followUpId") && !normal.isNull("followUpId"), "within the limits: no follow-up");
        JsonObject high = json(ok(api.post("eldercare/elders/" + hopeElder + "/readings", hope, reading(176, 98))));
        long task = high.getJsonNumber("followUpId").longValue();
        JsonObject again = json(ok(api.post("eldercare/elders/" + hopeElder + "/readings", hope, reading(171, 92))));
        assertEquals(task, again.getJsonNumber("followUpId").longValue(), "one open task per elder and measure");
        assertEquals(3, array(ok(api.get("eldercare/elders/" + hopeElder + "/readings", hope))).size());
        assertEquals(404, api.get("eldercare/elders/" + hopeElder + "/readings", huide).statusCode());
        assertEquals(404, api.post("eldercare/elders/" + hopeElder + "/readings", huide, reading(180, 99)).statusCode());
        HttpResponse<String> implausible = api.post("eldercare/elders/" + hopeElder + "/readings", hope, reading(400, 90));
        assertEquals(400, implausible.statusCode());
        assertTrue(json(implausible.body()).getString("error").startsWith("血压读数须在"), implausible.body());

        assertTrue(openTasks(hope).contains(task));
        assertFalse(openTasks(huide).contains(task));
        assertEquals(404, api.post("eldercare/follow-ups/" + task + "/close", huide, "{\"note\":\"乙方关闭\"}").statusCode());
        HttpResponse<String> noNote = api.post("eldercare/follow-ups/" + task + "/close", hope, "{\"note\":\"\"}");
        assertEquals(400, noNote.statusCode());
        assertTrue(json(noNote.body()).getString("error").startsWith("关闭跟进任务须填写处理说明"), noNote.body());
        assertTrue(openTasks(hope).contains(task), "still open");
        JsonObject closed = json(ok(api.post("eldercare/follow-ups/" + task + "/close", hope, "{\"note\":\"已陪同社区医生复测\"}")));
        assertFalse(closed.getBoolean("open"));
        // issue 15: why it was opened is the rule's code and its figures (the latest reading, the limit), no sentence
        assertEquals("SYSTOLIC_HIGH", closed.getString("rule"), closed.toString());
        assertEquals(List.of("171", "160"), closed.getJsonArray("figures").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), closed.toString());
        assertTrue(!closed.containsKey("reason") || closed.isNull("reason"), "no stored sentence on a new task: " + closed);
        assertFalse(openTasks(hope).contains(task));
    }

    @Test
    void rolesAndOperatorsWithoutTheModuleAreTurnedAway() {
        assertEquals(403, api.get("eldercare/visits/due", Keycloak.accessToken("volunteer.demo")).statusCode(),
                "a volunteer may not use the module");
        String jinyang = Keycloak.accessToken("jinyang.admin");
        assertEquals(404, api.get("eldercare/visits/due", jinyang).statusCode(), "jinyang has not switched elder care on");
        assertEquals(404, api.get("eldercare/elders/" + hopeElder, jinyang).statusCode());
        assertEquals(401, api.get("eldercare/visits/due", null).statusCode());
        JsonArray menu = json(ok(api.get("me", hope))).getJsonArray("menu");
        assertTrue(menu.toString().contains("/eldercare/visit.xhtml"), menu.toString());
        assertFalse(json(ok(api.get("me", jinyang))).getJsonArray("menu").toString().contains("/eldercare/"));
    }

    /** A seven-year-old was filed as an elder from her resident page; the profile is opened only from 60 on. */
    @Test
    void aResidentUnderSixtyGetsNoElderProfile() {
        LocalDate born = today().minusYears(7);
        HttpResponse<String> child = api.post("residents", hope, "{\"name\":\"龄测试为老\",\"birthDate\":\"" + born
                + "\",\"communityCode\":\"140106005001\",\"categories\":[\"CHILD\"]}");
        assertEquals(201, child.statusCode(), child.body());
        long childId = json(child.body()).getJsonNumber("id").longValue();
        HttpResponse<String> refused = api.put("eldercare/elders/" + childId, hope, profile("ALONE"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("这位服务对象 7 岁，为老服务从 60 岁起"), refused.body());
        assertEquals(404, api.get("eldercare/elders/" + childId, hope).statusCode(), "no profile was opened");

        HttpResponse<String> sixty = api.post("residents", hope, "{\"name\":\"龄测试为老六十\",\"birthDate\":\"" + today().minusYears(60)
                + "\",\"communityCode\":\"140106005001\",\"categories\":[\"ELDER\"]}");
        assertEquals(201, sixty.statusCode(), sixty.body());
        assertEquals(200, api.put("eldercare/elders/" + json(sixty.body()).getJsonNumber("id").longValue(), hope, profile("ALONE"))
                .statusCode(), "60 today is an elder");
    }

    /**
     * A ten-year-old's resident page offered 为老服务 with a link to a whole Barthel form, refused only on 保存: the
     * panel is shown only for whom the module's age rule admits (60 or over, or a profile already open), the elder
     * page says why up front and has no form, and a resident without a birth date is asked for it first.
     */
    @Test
    void aChildGetsNoElderPanelNorFormAndAnUndatedResidentIsAskedForTheBirthDateFirst() throws Exception {
        long child = newResident("龄测试十岁", today().minusYears(10));
        long sixty = newResident("龄测试满六十", today().minusYears(60));
        long undated = newResident("龄测试无生日", null);

        PageSession session = new PageSession();
        String childPage = session.signIn(new URL(base, "station/resident.xhtml?id=" + child).toURI(), "laojunying.worker",
                Keycloak.PASSWORD).body();
        assertTrue(childPage.contains("residentName"), "the resident's page is there");
        assertFalse(childPage.contains("panel_eldercare_resident") || childPage.contains("eldercare-resident-panel"),
                "no elder-care panel on a child's page");
        String childElder = session.get(new URL(base, "eldercare/elder.xhtml?residentId=" + child).toURI()).body();
        assertTrue(childElder.contains("这位服务对象 10 岁，为老服务从 60 岁起"), "the elder page says why up front");
        assertFalse(childElder.contains("editProfile") || childElder.contains("elderForm"), "and has no form");

        String sixtyPage = session.get(new URL(base, "station/resident.xhtml?id=" + sixty).toURI()).body();
        assertTrue(sixtyPage.contains("panel_eldercare_resident") && sixtyPage.contains("elder.xhtml?residentId=" + sixty),
                "60 today: the panel and its link");
        assertTrue(session.get(new URL(base, "eldercare/elder.xhtml?residentId=" + sixty).toURI()).body().contains("editProfile"),
                "and the form");

        String undatedPage = session.get(new URL(base, "station/resident.xhtml?id=" + undated).toURI()).body();
        assertTrue(undatedPage.contains("panel_eldercare_resident") && undatedPage.contains("未登记出生日期"),
                "the panel asks for the birth date first");
        assertFalse(undatedPage.contains("elder.xhtml?residentId=" + undated), "and offers no profile");
        String undatedElder = session.get(new URL(base, "eldercare/elder.xhtml?residentId=" + undated).toURI()).body();
        assertTrue(undatedElder.contains("未登记出生日期") && !undatedElder.contains("elderForm"), "the elder page too, without a form");
        HttpResponse<String> refused = api.put("eldercare/elders/" + undated, hope, profile("ALONE"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("eldercare.refused.birthDateNeeded", json(refused.body()).getString("key"));
    }

    private long newResident(String name, LocalDate born) {
        HttpResponse<String> made = api.post("residents", hope, "{\"name\":\"" + name + "\","
                + (born == null ? "\"phone\":\"13800000000\"," : "\"birthDate\":\"" + born + "\",")
                + "\"communityCode\":\"140106005001\"}");
        assertEquals(201, made.statusCode(), made.body());
        return json(made.body()).getJsonNumber("id").longValue();
    }

    private java.util.Optional<JsonObject> dueFor(String token, long residentId) {
        return array(ok(api.get("eldercare/visits/due", token))).stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("residentId").longValue() == residentId).findFirst();
    }

    private List<Long> openTasks(String token) {
        return array(ok(api.get("eldercare/follow-ups", token))).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private long firstResident(String token) {
        return org.shegong.platform.it.Fixtures.elders(api, token, 1).get(0).getJsonNumber("id").longValue();
    }

    static String profile(String living) {
        return "{\"livingSituation\":\"" + living + "\",\"chronicConditions\":\"高血压\",\"emergencyContacts\":\"儿子 13900000001\","
                + "\"familyDoctor\":\"社区卫生站\",\"barthel\":{\"FEEDING\":10,\"BATHING\":5,\"GROOMING\":5,\"DRESSING\":10,"
                + "\"BOWELS\":10,\"BLADDER\":10,\"TOILET_USE\":10,\"TRANSFERS\":15,\"MOBILITY\":10,\"STAIRS\":5}}";
    }

    static String plan(LocalDate startsOn, String worker) {
        return "{\"startsOn\":\"" + startsOn + "\",\"reviewOn\":\"" + startsOn.plusMonths(6) + "\",\"needs\":\"独居，需定期探访\","
                + "\"goals\":\"每两周上门一次\",\"everyDays\":{\"HOME_VISIT\":14},\"responsibleWorker\":\"" + worker + "\"}";
    }

    static String visit(LocalDate on) {
        return "{\"visitedOn\":\"" + on + "\",\"kind\":\"HOME_VISIT\",\"notes\":\"精神好\",\"needsObserved\":\"助餐\","
                + "\"nextAction\":\"下周电话随访\"}";
    }

    static String reading(int systolic, int diastolic) {
        return "{\"measure\":\"BLOOD_PRESSURE\",\"value\":" + systolic + ",\"secondValue\":" + diastolic + "}";
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        return response.body();
    }

    private static JsonObject json(String body) {
        return Keycloak.json(body);
    }

    private static JsonArray array(String body) {
        return jakarta.json.Json.createReader(new StringReader(body)).readArray();
    }

    // URL spellings: one deployment with the API tests (each deployment costs the suite ~8 s)

    @Test
    void everyApiSpellingIsNotFoundForAnOperatorWithoutTheModuleAndRefusedToTheVolunteer() {
        Api api = new Api(base);
        String hope = Keycloak.accessToken("laojunying.worker");
        String jinyang = Keycloak.accessToken("haozhuang.worker");
        String volunteer = Keycloak.accessToken("volunteer.demo");
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (String path : API_SPELLINGS) {
            seen.put(path, List.of(api.get(path, hope).statusCode(), api.get(path, jinyang).statusCode(),
                    api.get(path, volunteer).statusCode()));
        }
        assertGated(seen);
        assertEquals(200, seen.get("eldercare;x/visits/due").get(0), "the spelling of the report reaches elder care: " + seen);
    }

    @Test
    void everyPageSpellingIsNotFoundForAnOperatorWithoutTheModuleAndRefusedToTheVolunteer() throws Exception {
        URL elders = new URL(base, "eldercare/elders.xhtml");
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        try (Browser hope = new Browser(); Browser jinyang = new Browser(); Browser volunteer = new Browser()) {
            List<Integer> landed = List.of(status(hope.signIn(elders, "laojunying.worker", Keycloak.PASSWORD)),
                    status(jinyang.signIn(elders, "haozhuang.worker", Keycloak.PASSWORD)),
                    status(volunteer.signIn(elders, "volunteer.demo", Keycloak.PASSWORD)));
            assertEquals(List.of(200, 404, 403), landed, "signed in, each on the canonical page");
            for (String path : PAGE_SPELLINGS) {
                URL page = new URL(root + path);
                seen.put(path, List.of(status(hope.open(page)), status(jinyang.open(page)), status(volunteer.open(page))));
            }
        }
        assertGated(seen);
    }

    private static int status(Page page) {
        return page.getWebResponse().getStatusCode();
    }

    /** Per spelling: hope's worker, 晋阳's worker, the volunteer. */
    private static void assertGated(Map<String, List<Integer>> seen) {
        for (Map.Entry<String, List<Integer>> e : seen.entrySet()) {
            int hope = e.getValue().get(0);
            int jinyang = e.getValue().get(1);
            int volunteer = e.getValue().get(2);
            String what = e.getKey() + " " + seen;
            if (hope == 200) {
                assertEquals(404, jinyang, "elder care is off for 晋阳: " + what);
                assertTrue(volunteer == 403 || volunteer == 404, "the volunteer's role has no elder care: " + what);
            } else {
                assertTrue(hope >= 400 && hope < 500, "refused for everyone, by the container: " + what);
                assertTrue(jinyang >= 400 && jinyang < 500 && volunteer >= 400 && volunteer < 500, what);
            }
        }
    }
}
