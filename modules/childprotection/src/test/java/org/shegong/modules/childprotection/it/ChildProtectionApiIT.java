package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * Child protection through its API with real Keycloak tokens: the need-to-know matrix (assigned worker,
 * other worker of the station, worker of another station, station lead, operator admin, civil affairs,
 * volunteer, another operator × list, search, by id, export, caseload), one audit entry per allowed read and
 * none leaking a name in a refused cell; approvals never by the submitter; bad input on every POST/PUT is a
 * 400 that writes nothing; consent withdrawn refuses sharing; the module off for 同心 is 404.
 */
@ExtendWith(ArquillianExtension.class)
class ChildProtectionApiIT {

    static final String LAOJUNYING_COMMUNITY = "140106005001";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;
    String worker;
    String lead;
    String otherStation;
    String admin;
    String huide;
    String name;
    long childId;
    long caseId;

    @BeforeEach
    void aChildOfLaojunyingWithACaseOfItsWorker() {
        api = new Api(base);
        worker = Keycloak.accessToken("laojunying.worker");
        lead = Keycloak.accessToken("laojunying.lead");
        otherStation = Keycloak.accessToken("yingze.worker");
        admin = Keycloak.accessToken("hope.admin");
        huide = Keycloak.accessToken("wenmiao.worker");
        name = "童" + pick() + pick() + pick() + "花";
        childId = registerChild(api, worker, LAOJUNYING_COMMUNITY, name);
        caseId = id(ok(api.post("childprotection/children/" + childId + "/cases", worker,
                "{\"source\":\"HOTLINE\",\"risk\":\"HIGH\",\"note\":\"邻居来电 13911112222\"}")));
    }

    @Test
    void everyWayOfReadingObeysNeedToKnowAndEveryAllowedReadIsRecorded() {
        // The assigned worker: list, search, by id, export, caseload.
        assertTrue(ok(api.get("childprotection/cases", worker)).contains(name));
        assertTrue(ok(api.get("childprotection/cases?name=" + enc(name.substring(1)), worker)).contains(name));
        assertEquals(name, json(ok(api.get("childprotection/cases/" + caseId, worker))).getString("childName"));
        String csv = ok(api.get("childprotection/cases/export", worker));
        String row = csv.lines().filter(l -> l.contains(name)).findFirst().orElseThrow(() -> new AssertionError(csv));
        // What a person reads in a spreadsheet: headings, the station's name, stage and risk by their labels, never codes.
        assertTrue(csv.startsWith("\"儿童\",\"站点\",\"阶段\",\"风险等级\""), csv);
        assertTrue(row.contains("\"老军营街道社会工作服务站\"") && row.contains("\"接案\"") && row.contains("\"高\""), row);
        assertFalse(row.contains("HIGH") || row.contains("INTAKE") || row.contains("1401") || row.contains("true"), row);
        String english = ok(api.get("childprotection/cases/export", worker, "en"));
        assertTrue(english.startsWith("\"Child\",\"Station\"") && english.contains("\"Intake\"") && english.contains("\"High\""), english);
        assertTrue(ok(api.get("childprotection/caseload", worker)).contains(name));

        // The lead sees the station's cases, and opening one not assigned needs a purpose.
        assertTrue(ok(api.get("childprotection/cases", lead)).contains(name));
        HttpResponse<String> noPurpose = api.get("childprotection/cases/" + caseId, lead);
        assertEquals(400, noPurpose.statusCode(), noPurpose.body());
        assertTrue(noPurpose.body().contains("查阅目的"), noPurpose.body());
        assertEquals(name, json(ok(api.get("childprotection/cases/" + caseId + "?purpose=SUPERVISION", lead))).getString("childName"));

        // Refused cells: not a name, a phone or a note.
        for (String token : List.of(otherStation, admin, huide)) {
            assertEquals(404, api.get("childprotection/cases/" + caseId + "?purpose=SUPERVISION", token).statusCode());
            assertEquals(404, api.get("childprotection/cases/" + caseId + "/history", token).statusCode());
            for (String path : List.of("cases", "cases?name=" + enc(name.substring(1)), "cases/export", "caseload", "served", "counts")) {
                String body = ok(api.get("childprotection/" + path, token));
                assertFalse(body.contains(name) || body.contains("13911112222") || body.contains("邻居来电"), path + ": " + body);
            }
        }
        for (String outsider : List.of("yingze.mz", "volunteer.demo")) {
            String token = Keycloak.accessToken(outsider);
            for (String path : List.of("cases", "cases/" + caseId + "?purpose=SUPERVISION", "cases/export", "caseload")) {
                HttpResponse<String> refused = api.get("childprotection/" + path, token);
                // 403 for a role the module does not admit; 404 for civil affairs, who have no operator to have it on.
                assertTrue(refused.statusCode() == 403 || refused.statusCode() == 404, outsider + " " + path + " " + refused.statusCode());
                assertFalse(refused.body().contains(name));
            }
        }

        // The operator admin counts, and reads a case only when the lead grants it (recorded).
        assertTrue(json(ok(api.get("childprotection/cases/count", admin))).getJsonNumber("count").longValue() >= 0);
        assertEquals(400, api.post("childprotection/cases/" + caseId + "/grants", lead, "{\"grantee\":\"hope.admin\"}").statusCode());
        assertEquals(403, api.post("childprotection/cases/" + caseId + "/grants", worker,
                "{\"grantee\":\"hope.admin\",\"reason\":\"督导\"}").statusCode());
        JsonObject granted = json(ok(api.post("childprotection/cases/" + caseId + "/grants", lead,
                "{\"grantee\":\"hope.admin\",\"reason\":\"机构督导抽查\"}")));
        assertEquals("梁志刚", granted.getString("granteeName"), "the grantee by name, not login: " + granted);
        assertEquals(name, json(ok(api.get("childprotection/cases/" + caseId, admin))).getString("childName"));
        assertFalse(ok(api.get("childprotection/cases", admin)).contains(name), "a grant opens the case by id, not the lists");

        // 查阅记录: exactly the allowed openings, with their purposes (worker, lead, admin).
        JsonArray reads = array(ok(api.get("childprotection/cases/" + caseId + "/reads", lead)));
        assertEquals(List.of("授权查阅", "督导", "经办"), reads.stream().map(v -> v.asJsonObject().getString("purpose")).toList());
        assertEquals(403, api.get("childprotection/cases/" + caseId + "/reads", worker).statusCode());

        // Handed to another worker of the station, the first one sees only that the child is served, and by whom.
        JsonArray staff = array(ok(api.get("childprotection/workers", lead)));
        long tian = staff.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("name").equals("田佳宁"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        ok(api.put("childprotection/cases/" + caseId + "/workers", lead, "{\"workerId\":" + tian + "}"));
        assertEquals(404, api.get("childprotection/cases/" + caseId, worker).statusCode());
        assertFalse(ok(api.get("childprotection/cases", worker)).contains(name));
        String served = ok(api.get("childprotection/served", worker));
        assertTrue(served.contains(name.charAt(0) + "*".repeat(name.length() - 1)) && served.contains("田佳宁"), served);
        assertFalse(served.contains(name), served);
        assertEquals(3, array(ok(api.get("childprotection/cases/" + caseId + "/reads", lead))).size(), "refused reads left no entry");
    }

    @Test
    void eachStepKeepsTheNoteTypedForItAndTheRiskReasonIsWhatWasTyped() {
        // The intake of @BeforeEach was typed with a note: it is the intake's line of the history and the risk's reason.
        JsonObject intake = array(ok(api.get("childprotection/cases/" + caseId + "/history", worker))).getJsonObject(0);
        assertEquals("INTAKE", intake.getString("kind"));
        assertEquals("邻居来电 13911112222", intake.getString("note"), intake.toString());
        assertEquals("HIGH", intake.getString("risk"), intake.toString());
        assertEquals("邻居来电 13911112222", json(ok(api.get("childprotection/cases/" + caseId, worker))).getString("riskReasons"));

        ok(api.post("childprotection/cases/" + caseId + "/assessment", worker,
                "{\"risk\":\"MEDIUM\",\"reasons\":\"祖母已回家照看\",\"needs\":[\"SAFETY\"]}"));
        JsonObject assessed = array(ok(api.get("childprotection/cases/" + caseId + "/history", worker))).getJsonObject(0);
        assertEquals("ASSESSED", assessed.getString("kind"));
        assertEquals("祖母已回家照看", assessed.getString("note"), assessed.toString());
        assertEquals("MEDIUM", assessed.getString("risk"), assessed.toString());
        assertEquals("祖母已回家照看", json(ok(api.get("childprotection/cases/" + caseId, worker))).getString("riskReasons"));
    }

    @Test
    void plansAndClosuresAreApprovedByTheLeadAndNeverByWhoSubmittedThem() {
        ok(api.post("childprotection/cases/" + caseId + "/assessment", worker,
                "{\"risk\":\"HIGH\",\"reasons\":\"长期独自在家\",\"needs\":[\"SAFETY\",\"GUARDIANSHIP\"]}"));
        ok(api.post("childprotection/cases/" + caseId + "/plan", worker,
                "{\"goals\":\"建立稳定照护\",\"actions\":\"每周上门\",\"reviewEveryDays\":30}"));
        assertEquals(403, api.post("childprotection/cases/" + caseId + "/plan/decision", worker, "{\"approve\":true}").statusCode());
        assertEquals("IN_SERVICE", json(ok(api.post("childprotection/cases/" + caseId + "/plan/decision", lead,
                "{\"approve\":true}"))).getString("stage"));
        ok(api.post("childprotection/cases/" + caseId + "/closure", lead, "{\"reason\":\"站长代为申请结案\"}"));
        HttpResponse<String> own = api.post("childprotection/cases/" + caseId + "/closure/decision", lead, "{\"approve\":true}");
        assertEquals(400, own.statusCode(), own.body());
        assertTrue(own.body().contains("自己"), own.body());
        List<String> steps = array(ok(api.get("childprotection/cases/" + caseId + "/history", worker))).stream()
                .map(v -> v.asJsonObject().getString("kind") + ":" + v.asJsonObject().getString("actor")).toList();
        assertEquals(List.of("CLOSURE_REQUESTED:laojunying.lead", "PLAN_APPROVED:laojunying.lead", "PLAN_SUBMITTED:laojunying.worker",
                "ASSESSED:laojunying.worker", "INTAKE:laojunying.worker"), steps);
    }

    @Test
    void badInputOnEveryWriteIsA400ThatWritesNothing() {
        String c = "childprotection/cases/" + caseId;
        String[][] bad = {
                {"POST", "childprotection/children", ""},
                {"POST", "childprotection/children", "{\"residentId\":1,\"category\":\"NOPE\"}"},
                {"PUT", "childprotection/children/" + childId, "{\"category\":\"DE_FACTO_UNATTENDED\",\"school\":\"小学\"}"},
                {"PUT", "childprotection/children/" + childId, "{\"category\":\"ORPHAN\",\"school\":\"小学\",\"health\":\"哮喘\"}"},
                {"PUT", "childprotection/children/" + childId + "/consent", "{\"guardian\":\" \",\"givenOn\":\"2026-01-01\",\"scopes\":[\"RECORDING\"]}"},
                {"PUT", "childprotection/children/" + childId + "/consent", "{\"guardian\":\"王\",\"givenOn\":\"2026-01-01\",\"scopes\":[]}"},
                {"POST", "childprotection/children/" + childId + "/consent/withdrawal", "{\"reason\":\"没有同意可撤回\"}"},
                {"POST", "childprotection/children/" + childId + "/cases", "{\"source\":\"HOTLINE\",\"risk\":\"LOW\"}"},
                {"POST", c + "/assessment", "{\"risk\":\"HIGH\",\"reasons\":\"x\",\"needs\":[]}"},
                {"POST", c + "/assessment", "{\"risk\":\"SEVERE\",\"reasons\":\"x\",\"needs\":[\"SAFETY\"]}"},
                {"POST", c + "/plan", "{\"goals\":\"g\",\"actions\":\"a\",\"reviewEveryDays\":30}"},
                {"POST", c + "/plan/decision", "{}"},
                {"POST", c + "/sessions", "{\"kind\":\"HOME_TUTORING\",\"heldOn\":\"2099-01-01\",\"minutes\":60,\"content\":\"数学\"}"},
                {"POST", c + "/sessions", "{\"kind\":\"HOME_TUTORING\",\"heldOn\":\"" + today() + "\",\"minutes\":2,\"content\":\"数学\"}"},
                {"POST", c + "/visits", "{\"heldOn\":\"" + today() + "\",\"minutes\":30,\"content\":\" \"}"},
                {"POST", c + "/reviews", "{\"reason\":\"服务中才可评估\"}"},
                {"POST", c + "/closure", "{\"reason\":\"未到服务阶段\"}"},
                {"POST", c + "/closure/decision", "{\"approve\":true}"},
                {"POST", c + "/reopening", "{\"reason\":\"未结案\"}"},
                {"PUT", c + "/workers", "{\"workerId\":999999}"},
                {"POST", c + "/grants", "{\"grantee\":\"\",\"reason\":\"x\"}"},
                {"POST", c + "/referrals", "{\"partnerKind\":\"SCHOOL\",\"partnerName\":\"小学\",\"reason\":\"辅导\"}"},
                {"POST", c + "/referrals", "{\"partnerKind\":\"POLICE\",\"partnerName\":\"派出所\",\"reason\":\"报告\",\"slaDays\":0}"},
                {"POST", "childprotection/referrals/999999/answer", "{\"status\":\"ACCEPTED\"}"},
        };
        String before = ok(api.get(c + "/history", worker)) + ok(api.get(c + "?purpose=CASEWORK", worker));
        for (String[] b : bad) {
            String token = b[1].endsWith("decision") || b[1].endsWith("workers") || b[1].endsWith("grants") ? lead : worker;
            HttpResponse<String> r = b[0].equals("POST") ? api.post(b[1], token, b[2]) : api.put(b[1], token, b[2]);
            assertTrue(r.statusCode() == 400 || (r.statusCode() == 404 && b[1].contains("999999")), b[0] + " " + b[1] + " " + b[2]
                    + " → " + r.statusCode() + " " + r.body());
            assertFalse(r.body().isBlank(), "a reason is given: " + b[1]);
        }
        assertEquals(before, ok(api.get(c + "/history", worker)) + ok(api.get(c + "?purpose=CASEWORK", worker)), "nothing was written");
        JsonObject child = json(ok(api.get("childprotection/cases/" + caseId, worker)));
        assertEquals("INTAKE", child.getString("stage"));
    }

    @Test
    void withdrawnConsentRefusesSharingWithItsReasonAndAPhoneLogsSessionsAndVisits() {
        ok(api.put("childprotection/children/" + childId + "/consent", worker,
                "{\"guardian\":\"王桂兰\",\"givenOn\":\"" + today() + "\",\"scopes\":[\"RECORDING\",\"SHARE_WITH_HOSPITAL\"]}"));
        ok(api.post("childprotection/children/" + childId + "/consent/withdrawal", worker, "{\"reason\":\"家长不愿透露病情\"}"));
        HttpResponse<String> refused = api.post("childprotection/cases/" + caseId + "/referrals", worker,
                "{\"partnerKind\":\"HOSPITAL\",\"partnerName\":\"市儿童医院\",\"reason\":\"心理评估\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("家长不愿透露病情"), refused.body());
        // One language at a time: the same refusal asked in English says it in English only, by the module's key.
        HttpResponse<String> inEnglish = api.post("childprotection/cases/" + caseId + "/referrals", worker,
                "{\"partnerKind\":\"HOSPITAL\",\"partnerName\":\"市儿童医院\",\"reason\":\"心理评估\"}", "en");
        assertEquals(400, inEnglish.statusCode(), inEnglish.body());
        JsonObject said = json(inEnglish.body());
        assertEquals("childprotection.refused.consentWithdrawn", said.getString("key"));
        assertTrue(said.getString("error").startsWith("The consent was withdrawn on " + today()) && said.getString("error").contains("家长不愿透露病情")
                && !said.getString("error").contains("撤回"), said.toString());
        ok(api.post("childprotection/cases/" + caseId + "/referrals", worker,
                "{\"partnerKind\":\"POLICE\",\"partnerName\":\"老军营派出所\",\"reason\":\"强制报告\",\"slaDays\":1}"));

        ok(api.post("childprotection/cases/" + caseId + "/visits", worker,
                "{\"heldOn\":\"" + today() + "\",\"minutes\":40,\"content\":\"入户查看居住情况\"}"));
        ok(api.post("childprotection/cases/" + caseId + "/sessions", worker, "{\"kind\":\"HOME_TUTORING\",\"heldOn\":\"" + today()
                + "\",\"minutes\":90,\"content\":\"数学：分数\",\"progress\":\"能独立完成\",\"tutor\":\"李老师\"}"));
        assertEquals(2, array(ok(api.get("childprotection/cases/" + caseId + "/sessions", worker))).size());
        assertFalse(json(ok(api.get("childprotection/cases/" + caseId, worker))).isNull("firstVisitAt"), "the visit met the 3-day deadline");
        assertEquals(404, api.post("childprotection/cases/" + caseId + "/sessions", huide, "{\"kind\":\"HOME_TUTORING\",\"heldOn\":\""
                + today() + "\",\"minutes\":90,\"content\":\"x\"}").statusCode());
    }

    @Test
    void aLearningPlanNamesStaffOrAVolunteerAndATutoringSessionWithoutATutorTakesThePlans() {
        String plan = "childprotection/children/" + childId + "/learning-plan";
        assertEquals(404, api.get(plan, worker).statusCode(), "no plan yet");
        long wu = array(ok(api.get("childprotection/workers", worker))).stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("武振华")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long yingzeStaff = array(ok(api.get("childprotection/workers", otherStation))).getJsonObject(0).getJsonNumber("id").longValue();
        for (String bad : List.of("", "{\"subjects\":[],\"goals\":\"及格\",\"volunteerName\":\"李\"}",
                "{\"subjects\":[\"数学\"],\"goals\":\" \",\"volunteerName\":\"李\"}",
                "{\"subjects\":[\"数学\"],\"goals\":\"及格\"}",
                "{\"subjects\":[\"数学\"],\"goals\":\"及格\",\"tutorStaffId\":" + wu + ",\"volunteerName\":\"李\"}",
                "{\"subjects\":[\"数学\"],\"goals\":\"及格\",\"tutorStaffId\":" + yingzeStaff + "}",
                "{\"subjects\":[\"数学、语文\"],\"goals\":\"及格\",\"volunteerName\":\"李\"}")) {
            HttpResponse<String> r = api.put(plan, worker, bad);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
            assertFalse(r.body().isBlank(), "a reason is given: " + bad);
        }
        assertEquals(404, api.get(plan, worker).statusCode(), "nothing was written");

        JsonObject byStaff = json(ok(api.put(plan, worker, "{\"subjects\":[\"数学\",\"语文\"],\"goals\":\"期末及格\",\"tutorStaffId\":" + wu + "}")));
        assertEquals("STAFF", byStaff.getString("tutorKind"));
        assertEquals("武振华", byStaff.getString("tutorName"));
        JsonObject byVolunteer = json(ok(api.put(plan, worker, "{\"subjects\":[\"语文\"],\"goals\":\"会读课文\",\"volunteerName\":\"李志愿\"}")));
        assertEquals("VOLUNTEER", byVolunteer.getString("tutorKind"));
        assertFalse(byVolunteer.containsKey("tutorStaffId") && !byVolunteer.isNull("tutorStaffId"), "a volunteer has no staff id");
        assertEquals(List.of("语文"), json(ok(api.get(plan, lead))).getJsonArray("subjects").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "revised in place; the lead sees it");

        JsonObject tutoring = json(ok(api.post("childprotection/cases/" + caseId + "/sessions", worker, "{\"kind\":\"HOME_TUTORING\","
                + "\"heldOn\":\"" + today() + "\",\"minutes\":60,\"content\":\"语文：朗读课文\",\"progress\":\"能读完第一段\","
                + "\"nextStep\":\"第二段\"}")));
        assertEquals("李志愿", tutoring.getString("tutor"), "the plan's tutor");
        JsonObject skills = json(ok(api.post("childprotection/cases/" + caseId + "/sessions", worker, "{\"kind\":\"LIFE_SKILLS\","
                + "\"heldOn\":\"" + today() + "\",\"minutes\":30,\"content\":\"整理书包\"}")));
        assertFalse(skills.containsKey("tutor") && !skills.isNull("tutor"), "no tutor on a life-skills session: " + skills);

        // Need-to-know: the plan is the child's, seen and changed by the same people only.
        for (String token : List.of(otherStation, huide, admin)) {
            assertEquals(404, api.get(plan, token).statusCode());
            assertEquals(404, api.get("childprotection/children/" + childId + "?purpose=SUPERVISION", token).statusCode());
        }
        assertEquals(404, api.put(plan, otherStation, "{\"subjects\":[\"数学\"],\"goals\":\"x\",\"volunteerName\":\"李\"}").statusCode());
        assertEquals(404, api.put(plan, huide, "{\"subjects\":[\"数学\"],\"goals\":\"x\",\"volunteerName\":\"李\"}").statusCode());
        assertEquals("语文", json(ok(api.get(plan, worker))).getJsonArray("subjects").getString(0), "refused writes changed nothing");

        // The child's record by id: the assigned worker reads it; the lead says why first.
        assertEquals(name, json(ok(api.get("childprotection/children/" + childId, worker))).getString("name"));
        HttpResponse<String> noPurpose = api.get("childprotection/children/" + childId, lead);
        assertEquals(400, noPurpose.statusCode(), noPurpose.body());
        assertFalse(noPurpose.body().contains(name));
        assertEquals(name, json(ok(api.get("childprotection/children/" + childId + "?purpose=COVER", lead))).getString("name"));
    }

    @Test
    void anotherOperatorsChildIsNotFoundAndTheModuleOffIsNotThere() {
        long huideChild = registerChild(api, huide, "140106003001", "汇" + name);
        long huideCase = id(ok(api.post("childprotection/children/" + huideChild + "/cases", huide,
                "{\"source\":\"SCHOOL\",\"risk\":\"LOW\"}")));
        assertEquals(404, api.get("childprotection/cases/" + huideCase + "?purpose=SUPERVISION", lead).statusCode());
        assertEquals(404, api.post("childprotection/children/" + huideChild + "/cases", worker,
                "{\"source\":\"SCHOOL\",\"risk\":\"LOW\"}").statusCode());
        assertFalse(ok(api.get("childprotection/cases", lead)).contains("汇" + name));
        assertEquals(404, api.get("childprotection/cases/" + caseId, huide).statusCode());
        // 同心 has no child protection: as if not installed.
        String tongxin = Keycloak.accessToken("liuxiang.lead");
        assertEquals(404, api.get("childprotection/caseload", tongxin).statusCode());
        assertEquals(404, api.get("childprotection/cases/" + caseId, tongxin).statusCode());
    }

    /** A resident of the community registered as a left-behind child in school, with a grandmother as legal guardian. */
    static long registerChild(Api api, String token, String community, String childName) {
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(9).minusDays(ThreadLocalRandom.current().nextInt(300));
        String first17 = "140106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String idNumber = first17 + IdNumber.checkCharFor(first17);
        HttpResponse<String> resident = api.post("residents", token, "{\"name\":\"" + childName + "\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"13800000000\",\"communityCode\":\"" + community + "\",\"categories\":[\"CHILD\"]}");
        assertEquals(201, resident.statusCode(), resident.body());
        long residentId = id(resident.body());
        return id(ok(api.post("childprotection/children", token, "{\"residentId\":" + residentId + ",\"category\":\"LEFT_BEHIND\","
                + "\"inSchool\":true,\"school\":\"老军营小学\",\"grade\":\"三年级\",\"guardians\":[{\"name\":\"王桂兰\",\"relation\":\"祖母\","
                + "\"phone\":\"13800001111\",\"legalGuardian\":true}]}")));
    }

    /** A child of 老军营 registered and its case opened by the same person, with the intake's body. */
    record Opened(long childId, long caseId) {
        static Opened child(Api api, String token, String childName, String intake) {
            long childId = registerChild(api, token, LAOJUNYING_COMMUNITY, childName);
            return new Opened(childId, id(ok(api.post("childprotection/children/" + childId + "/cases", token, intake))));
        }
    }

    /** One of thirty characters: three of them make a name no other test of the run is likely to share. */
    static char pick() {
        String pool = "春夏秋冬梅兰竹菊松柏云霞星月晨曦安宁乐欣悦怡静雅思雨雪丹青玉";
        return pool.charAt(ThreadLocalRandom.current().nextInt(pool.length()));
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        return response.body();
    }

    static long id(String body) {
        return json(body).getJsonNumber("id").longValue();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
