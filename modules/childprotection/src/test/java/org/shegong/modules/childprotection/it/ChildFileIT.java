package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.LAOJUNYING_COMMUNITY;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.array;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.id;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.json;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.ok;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.pick;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.registerChild;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.DeadlineWatch;
import org.shegong.modules.childprotection.application.NeedToKnow;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.interfaces.web.OverdueCases;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.metrics.RollUpRefresh;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The child page and what reads around it: opening a child is one audited read with its purpose (a lead not
 * assigned chooses one first), another station's or operator's child is "not found" (404), and so is an id that
 * is unknown, empty or not a number; API lists and
 * counts are list reads in the read log; the lead's start-page panel counts the overdue cases it may see, and
 * its list is a recorded list read when it lists a case, no read when it lists none (another operator's panel
 * records in that operator's log only); an operator of its own (made like 同心) switched off finds pages and
 * API 404 with its rows kept, and back on finds them again; and its three high-risk cases show as "<5" to
 * 迎泽区's civil affairs.
 */
@ExtendWith(ArquillianExtension.class)
class ChildFileIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final String CODE = "it-cp";
    static final String LIUXIANG = "140106002000";
    static final String LIUXIANG_SOUTH = "140106002001";
    static final Identity LEAD = new Identity("laojunying.lead", "岳晓梅", Set.of(Role.STATION_LEAD), Optional.of(HOPE),
            Set.of("140106005000"), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ChildFileIT.class, ChildProtectionApiIT.class, PageSession.class, Keycloak.class, Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ActAs actAs;

    /** When the running test began: reads before it are other tests'. */
    private Instant started = Instant.EPOCH;

    @Inject
    AuditTrail audit;

    @Inject
    CaseWork caseWork;

    @Inject
    DeadlineWatch watch;

    @Inject
    RollUpRefresh rollUps;

    @Inject
    TenantProvisioning provisioning;

    @Test
    void theChildPageOpensForWhoMayKnowRecordsEachOpeningAndIsNotFoundForOthers() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String name = "档" + pick() + pick() + pick() + "童";
        long childId = registerChild(api, worker, LAOJUNYING_COMMUNITY, name);
        long caseId = id(ok(api.post("childprotection/children/" + childId + "/cases", worker,
                "{\"source\":\"SCHOOL\",\"risk\":\"MEDIUM\",\"note\":\"班主任反映\"}")));
        URI page = new URL(base, "childprotection/child.xhtml?id=" + childId).toURI();

        PageSession assigned = new PageSession();
        HttpResponse<String> opened = assigned.signIn(page, "laojunying.worker", Keycloak.PASSWORD);
        assertEquals(200, opened.statusCode(), opened.uri().toString());
        String html = opened.body();
        for (String shown : List.of(name, "老军营小学", "王桂兰", "档案", "监护人", "同意", "个案", "计划", "服务记录", "转介", "历史", "学校反映")) {
            assertTrue(html.contains(shown), shown + " on the page");
        }
        assertEquals(List.of("经办"), purposes(caseId), "the opening is one read, as casework");

        PageSession lead = new PageSession();
        String chooser = lead.signIn(page, "laojunying.lead", Keycloak.PASSWORD).body();
        assertTrue(chooser.contains("请先选择查阅目的") && !chooser.contains(name), "the lead says why before reading");
        assertEquals(1, purposes(caseId).size(), "nothing read, nothing recorded");
        String supervised = lead.get(new URL(base, "childprotection/child.xhtml?id=" + childId + "&purpose=SUPERVISION").toURI()).body();
        assertTrue(supervised.contains(name), "with a purpose the lead reads the file");
        assertEquals(List.of("督导", "经办"), purposes(caseId));

        // Another station's worker and another operator's: 404, as the club, elder and volunteer pages answer.
        for (String outsider : List.of("yingze.worker", "wenmiao.worker")) {
            PageSession other = new PageSession();
            HttpResponse<String> refused = other.signIn(new URL(base, "childprotection/child.xhtml?id=" + childId + "&purpose=SUPERVISION")
                    .toURI(), outsider, Keycloak.PASSWORD);
            assertEquals(404, refused.statusCode(), outsider);
            assertTrue(refused.body().contains("未找到"), outsider);
            assertFalse(refused.body().contains(name) || refused.body().contains("王桂兰"), outsider + " sees nothing of the child");
        }
        // The operator admin reads the file only on a lead's grant of the case, and the read says so.
        PageSession admin = new PageSession();
        HttpResponse<String> before = admin.signIn(page, "hope.admin", Keycloak.PASSWORD);
        assertEquals(404, before.statusCode(), "no grant, no file");
        assertFalse(before.body().contains(name), "no grant, no file");
        ok(api.post("childprotection/cases/" + caseId + "/grants", Keycloak.accessToken("laojunying.lead"),
                "{\"grantee\":\"hope.admin\",\"reason\":\"机构督导抽查\"}"));
        String granted = admin.get(page).body();
        assertTrue(granted.contains(name) && granted.contains("王桂兰"), "the grant opens the file");
        assertEquals(List.of("授权查阅", "督导", "经办"), purposes(caseId));
        assertEquals(List.of("Granted", "Supervision", "Casework"), purposes(caseId, Locale.ENGLISH),
                "the read log says each purpose in its reader's language");

        // An id that names no child — not a number, empty, unknown — is 404 as another operator's child is.
        for (String notAChild : List.of("abc", "", "987654321", "12abc")) {
            HttpResponse<String> notFound = assigned.get(new URL(base, "childprotection/child.xhtml?id=" + notAChild).toURI());
            assertEquals(404, notFound.statusCode(), "?id=" + notAChild);
            assertTrue(notFound.body().contains("未找到"), "?id=" + notAChild + ": the not-found page");
        }
        HttpResponse<String> noId = assigned.get(new URL(base, "childprotection/child.xhtml").toURI());
        assertEquals(200, noId.statusCode(), "no id at all: the page points to the list");
        assertTrue(noId.body().contains("chooseChild") && noId.body().contains("儿童个案"), noId.body());
        assertEquals(3, purposes(caseId).size(), "refused openings left no entry");

        // The list's worker filter: the lead finds the case under its worker, not under anyone else.
        String leadToken = Keycloak.accessToken("laojunying.lead");
        long workerId = Json.createReader(new java.io.StringReader(ok(api.get("childprotection/cases/" + caseId, worker))))
                .readObject().getJsonNumber("workerId").longValue();
        assertTrue(ok(api.get("childprotection/cases?worker=" + workerId, leadToken)).contains(name));
        assertFalse(ok(api.get("childprotection/cases?worker=" + (workerId + 100_000), leadToken)).contains(name));
    }

    @Test
    void apiListsAndCountsAreListReadsInTheReadLog() {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        int listed = array(ok(api.get("childprotection/cases?max=3", worker))).size();
        long counted = json(ok(api.get("childprotection/cases/count", worker))).getJsonNumber("count").longValue();
        int caseload = array(ok(api.get("childprotection/caseload", worker))).size();

        List<AuditRecord> reads = actAs.tenant(HOPE, () -> audit.reads(ReadQuery.byActor("laojunying.worker"), 0, 3));
        assertEquals(List.of(AuditAction.LISTED, AuditAction.LISTED, AuditAction.LISTED), reads.stream().map(AuditRecord::action).toList());
        assertTrue(reads.stream().allMatch(r -> r.recordKind().equals(NeedToKnow.CASE_KIND) && r.recordId() == 0), reads.toString());
        assertEquals(List.of(caseload, (int) counted, listed), reads.stream().map(AuditRecord::rows).toList());
    }

    @Test
    void theLeadsStartPageCountsTheOverdueCasesTheLeadMaySeeTheAdminsOnlyHowMany() throws Exception {
        started = Instant.now().minusSeconds(1);
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        long childId = registerChild(api, worker, LAOJUNYING_COMMUNITY, "逾" + pick() + pick() + pick() + "童");
        ok(api.post("childprotection/children/" + childId + "/cases", worker, "{\"source\":\"HOTLINE\",\"risk\":\"HIGH\"}"));
        actAs.tenant(HOPE, () -> watch.checkAt(Instant.now().plus(Duration.ofHours(25))));
        long overdue = actAs.person(LEAD, () -> caseWork.count(new CaseFilter(null, null, null, null, null, true)));
        assertTrue(overdue >= 1, "the new high-risk case is overdue for its assessment");

        String home = new PageSession().signIn(new URL(base, "station/home.xhtml").toURI(), "laojunying.lead", Keycloak.PASSWORD).body();
        assertTrue(home.contains("逾期的儿童个案"), "the panel is on the lead's start page");
        assertTrue(home.contains("class=\"cp-overdue-count\">" + overdue + "<"), "the panel counts " + overdue);

        // The names the panel shows are a list read of cases, recorded with its purpose and row count.
        List<AuditRecord> panelReads = panelReads(HOPE, "laojunying.lead");
        assertEquals(1, panelReads.size(), "one rendering, one read: " + panelReads);
        AuditRecord read = panelReads.get(0);
        assertEquals(AuditAction.LISTED, read.action());
        assertEquals(NeedToKnow.CASE_KIND, read.recordKind());
        assertEquals(0, read.recordId());
        assertEquals((int) Math.min(overdue, 5), read.rows(), "the rows the panel listed");

        // The operator admin may see no station's cases, so the panel lists none — but it says how many are
        // overdue at its stations (all of them, the switcher's default) and that names are not shown: never a
        // false 0. A count is nobody's data: no read recorded.
        String adminHome = new PageSession().signIn(new URL(base, "station/home.xhtml").toURI(), "hope.admin", Keycloak.PASSWORD).body();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("class=\"cp-overdue-count\">(\\d+)<").matcher(adminHome);
        assertTrue(shown.find(), "the admin's panel is there");
        assertTrue(Long.parseLong(shown.group(1)) >= overdue, "the admin's count covers 老军营's " + overdue + ": " + shown.group(1));
        assertTrue(adminHome.contains("只显示数目"), "the admin is told the names are not shown");
        assertFalse(adminHome.contains("没有逾期事项"), "not \"nothing overdue\"");
        assertFalse(adminHome.contains("childprotection/child.xhtml?id="), "no case named");
        assertTrue(panelReads(HOPE, "hope.admin").isEmpty(), "a count is no read: " + panelReads(HOPE, "hope.admin"));

        // Another operator's worker, with an overdue case of their own: their panel's read is theirs; our read
        // log gains nothing of it.
        String huide = Keycloak.accessToken("wenmiao.worker");
        long huideChild = registerChild(api, huide, "140106003001", "汇逾" + pick() + pick() + "童");
        ok(api.post("childprotection/children/" + huideChild + "/cases", huide, "{\"source\":\"HOTLINE\",\"risk\":\"HIGH\"}"));
        actAs.tenant(HUIDE, () -> watch.checkAt(Instant.now().plus(Duration.ofHours(25))));
        new PageSession().signIn(new URL(base, "station/home.xhtml").toURI(), "wenmiao.worker", Keycloak.PASSWORD);
        assertEquals(1, panelReads(HUIDE, "wenmiao.worker").size(), "their panel is recorded in their own log");
        assertTrue(panelReads(HOPE, "wenmiao.worker").isEmpty(), "nothing of theirs in ours");
        assertEquals(1, panelReads(HOPE, "laojunying.lead").size(), "and ours did not grow");
    }

    /** The start-page panel's reads by one person since this test began (newest first). */
    private List<AuditRecord> panelReads(TenantId tenant, String actor) {
        return actAs.tenant(tenant, () -> audit.reads(ReadQuery.byActor(actor), 0, 50)).stream()
                .filter(r -> r.details().equals(OverdueCases.PURPOSE) && r.at().isAfter(started)).toList();
    }

    @Test
    void switchedOffTheModuleIsNotThereKeepsItsDataAndASmallHighRiskCountIsHiddenFromCivilAffairs(@TempDir Path dir) throws Exception {
        String descriptor = Fixtures.operatorLikeTongxin(CODE, "儿童开关测试中心", "\"childprotection\"");
        Fixtures.provision(provisioning, dir, CODE, descriptor);
        Api api = new Api(base);
        String lead = Keycloak.accessToken(CODE + ".lead");
        if (array(ok(api.get("childprotection/cases?risk=HIGH", lead))).isEmpty()) {
            for (int i = 0; i < 3; i++) {
                long child = registerChild(api, lead, LIUXIANG_SOUTH, "柳" + pick() + pick() + i + "童");
                ok(api.post("childprotection/children/" + child + "/cases", lead, "{\"source\":\"VISIT\",\"risk\":\"HIGH\"}"));
            }
        }
        JsonObject first = array(ok(api.get("childprotection/cases?risk=HIGH", lead))).getJsonObject(0);
        long caseId = first.getJsonNumber("id").longValue();
        long rows = Fixtures.countRows("cp_case where tenant_id = '" + CODE + "'") + Fixtures.countRows("cp_child where tenant_id = '" + CODE + "'");
        PageSession browser = new PageSession();
        assertEquals(200, browser.signIn(new URL(base, "childprotection/caseload.xhtml").toURI(), CODE + ".lead", Keycloak.PASSWORD)
                .statusCode());

        Fixtures.provision(provisioning, dir, CODE, descriptor.replace("\"modules\": [\"childprotection\"]", "\"modules\": []"));
        assertEquals(404, api.get("childprotection/caseload", lead).statusCode());
        assertEquals(404, api.get("childprotection/cases/" + caseId, lead).statusCode());
        assertEquals(404, api.post("childprotection/children", lead, "{\"residentId\":1}").statusCode());
        assertEquals(404, browser.get(new URL(base, "childprotection/caseload.xhtml").toURI()).statusCode());
        assertEquals(404, browser.get(new URL(base, "childprotection/child.xhtml?id=" + first.getJsonNumber("childId")).toURI()).statusCode());
        assertEquals(rows, Fixtures.countRows("cp_case where tenant_id = '" + CODE + "'")
                + Fixtures.countRows("cp_child where tenant_id = '" + CODE + "'"), "switching off deletes nothing");

        Fixtures.provision(provisioning, dir, CODE, descriptor);
        assertEquals(first.getString("childName"), json(ok(api.get("childprotection/cases/" + caseId, lead))).getString("childName"),
                "back, with its data");

        // 柳巷 has exactly these three high-risk cases: 迎泽区's civil affairs sees "<5", never 3.
        actAs.tenant(TenantId.of(CODE), () -> rollUps.full());
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> dashboard = api.get("region/dashboard?region=" + LIUXIANG + "&kind=month&year=" + now.getYear() + "&month="
                + now.getMonthValue(), Keycloak.accessToken("yingze.mz"));
        JsonObject highRisk = json(ok(dashboard)).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("childprotection.high-risk-open")).findFirst().orElseThrow();
        assertTrue(highRisk.getBoolean("sensitive"));
        assertEquals("<5", highRisk.getJsonObject("value").getString("text"), highRisk.toString());
        assertTrue(highRisk.getJsonObject("value").isNull("value"), "the value never leaves");
        assertFalse(highRisk.toString().contains("\"text\":\"3\""), highRisk.toString());
    }

    /** The purposes of the case's recorded openings, newest first, as a Chinese reader reads them. */
    @Test
    void theLeadSeesThePlanToApproveWithALinkToTheFileAndTheShowingIsAnApprovalReadAnotherStationsLeadSeesNone() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String name = "批" + pick() + pick() + pick() + "童";
        ChildProtectionApiIT.Opened opened = ChildProtectionApiIT.Opened.child(api, worker, name, "{\"source\":\"SCHOOL\",\"risk\":\"MEDIUM\"}");
        long childId = opened.childId();
        long caseId = opened.caseId();
        ok(api.post("childprotection/cases/" + caseId + "/assessment", worker,
                "{\"risk\":\"MEDIUM\",\"reasons\":\"放学后无人照看\",\"needs\":[\"SAFETY\"]}"));
        String goals = "恢复按时到校" + name;
        String actions = "每周两次送教上门" + name;
        ok(api.post("childprotection/cases/" + caseId + "/plan", worker,
                "{\"goals\":\"" + goals + "\",\"actions\":\"" + actions + "\",\"reviewEveryDays\":30}"));
        int before = purposes(caseId).size();

        URI approvals = new URL(base, "childprotection/approvals.xhtml").toURI();
        String html = new PageSession().signIn(approvals, "laojunying.lead", Keycloak.PASSWORD).body();
        assertTrue(html.contains(goals) && html.contains(actions), "the plan the lead approves is on the page");
        assertTrue(java.util.regex.Pattern.compile("child\\.xhtml\\?id=" + childId + "&[^\"]*purpose=APPROVAL").matcher(html).find(),
                () -> "the item links to the file, opened for approval: "
                        + html.substring(Math.max(0, html.indexOf("child.xhtml") - 200), Math.min(html.length(), html.indexOf("child.xhtml") + 200)));
        List<String> reads = purposes(caseId);
        assertEquals(before + 1, reads.size(), "showing the plan is one read of the case");
        assertEquals("审批", reads.get(0));

        String other = new PageSession().signIn(approvals, "yingze.lead", Keycloak.PASSWORD).body();
        assertFalse(other.contains(name) || other.contains(goals) || other.contains(actions), "another station's lead sees none of it");
        assertEquals(before + 1, purposes(caseId).size(), "and reads nothing of it");
    }

    private List<String> purposes(long caseId) {
        return purposes(caseId, Locale.SIMPLIFIED_CHINESE);
    }

    private List<String> purposes(long caseId, Locale reader) {
        return actAs.tenant(HOPE, () -> audit.reads(ReadQuery.ofRecord(NeedToKnow.CASE_KIND, caseId), 0, 20)).stream()
                .map(r -> Said.say(r.details(), reader)).toList();
    }
}
