package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.LAOJUNYING_COMMUNITY;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.array;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.id;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.json;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.ok;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.pick;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.registerChild;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.today;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.DeadlineWatch;
import org.shegong.modules.childprotection.application.NeedToKnow;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.DeadlineKind;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.casework.StepKind;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.ResidentCategory;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The daily deadline check with a fixed clock: a high-risk intake on day 0 is overdue on day 1 (assessment)
 * and day 3 (visit), each marked once and escalated to the lead exactly once after the grace period; the
 * platform runs the job for the operators that have the module on and skips 同心, which has it off.
 */
@ExtendWith(ArquillianExtension.class)
class ChildDeadlinesIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final String LAOJUNYING = "140106005000";
    static final Identity WORKER = new Identity("laojunying.worker", "武振华", Set.of(Role.SOCIAL_WORKER), Optional.of(HOPE),
            Set.of(LAOJUNYING), Optional.empty());
    static final Identity LEAD = new Identity("laojunying.lead", "岳晓梅", Set.of(Role.STATION_LEAD), Optional.of(HOPE),
            Set.of(LAOJUNYING), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ChildDeadlinesIT.class, ChildProtectionApiIT.class, PageSession.class, Keycloak.class, Api.class);
    }

    /** A login where a person's name belongs (as EveryPageBrowserIT looks for them), or "system". */
    static final Pattern LOGIN = Pattern.compile("(?<![\\w.@/])[a-z]+\\.(?:worker|lead|admin|mz|demo)(?![\\w.])|(?<![\\w.])system(?![\\w.])");

    /** Enum names a reader must never see: the step notes' codes (risk, deadline, session kind). */
    static final Pattern CODE = Pattern.compile("\\b(?:HIGH|MEDIUM|LOW|ASSESSMENT|FIRST_VISIT|PLAN|REVIEW|HOME_VISIT|HOME_TUTORING|LIFE_SKILLS|PSYCHOLOGICAL)\\b");

    static final Identity YINGZE_LEAD = new Identity("yingze.lead", "侯建民", Set.of(Role.STATION_LEAD), Optional.of(HOPE),
            Set.of("140106001000"), Optional.empty());

    @ArquillianResource
    URL base;

    @Inject
    StaffCards staff;

    @Inject
    ActAs actAs;

    @Inject
    ResidentRegistry residents;

    @Inject
    ChildRegister register;

    @Inject
    CaseWork caseWork;

    @Inject
    DeadlineWatch watch;

    @Inject
    TenantJobs jobs;

    @Inject
    AuditTrail audit;

    @Test
    void aHighRiskIntakeIsMarkedOverdueAndEscalatedOnceEach() throws Exception {
        ChildCase intake = as(WORKER, () -> {
            long resident = residents.register(child("期限测试" + ThreadLocalRandom.current().nextInt(1000))).getId();
            long childId = register.register(resident, new ChildDetails(ChildCategory.IN_HARDSHIP, null, true, "老军营小学", "二年级",
                    null, null, null, null, List.of(), null)).getId();
            return caseWork.intake(childId, CaseSource.HOTLINE, RiskLevel.HIGH, "孩子独自在家");
        });
        Instant day0 = intake.getIntakeAt();
        long id = intake.getId();

        check(day0.plus(Duration.ofHours(20)));
        assertEquals(List.of(StepKind.INTAKE), kinds(id), "not yet due");
        check(day0.plus(Duration.ofHours(25)));
        assertEquals(List.of(StepKind.OVERDUE, StepKind.INTAKE), kinds(id), "day 1: the assessment is overdue");
        check(day0.plus(Duration.ofHours(30)));
        assertEquals(2, kinds(id).size(), "marked once");
        check(day0.plus(Duration.ofHours(49)));
        assertEquals(List.of(StepKind.ESCALATED, StepKind.OVERDUE, StepKind.INTAKE), kinds(id), "escalated after the grace period");
        check(day0.plus(Duration.ofHours(60)));
        assertEquals(3, kinds(id).size(), "escalated once");
        check(day0.plus(Duration.ofHours(73)));
        assertEquals(List.of(StepKind.OVERDUE, StepKind.ESCALATED, StepKind.OVERDUE, StepKind.INTAKE), kinds(id),
                "day 3: the visit is overdue");
        ChildCase now = as(WORKER, () -> caseWork.open(id, null));
        assertTrue(now.isOverdue());
        assertEquals(Set.of(DeadlineKind.ASSESSMENT, DeadlineKind.FIRST_VISIT), now.getOverdueKinds());
        assertEquals(Set.of(DeadlineKind.ASSESSMENT), now.getEscalatedKinds());
        assertTrue(as(LEAD, () -> caseWork.list(new org.shegong.modules.childprotection.domain.model.casework.CaseFilter(
                null, null, null, null, null, true), 0, 500)).stream().anyMatch(c -> c.getId() == id), "on the lead's overdue list");
    }

    /**
     * The tester's walk (case 1, 董晓燕): a high-risk case overdue for its assessment and its visit, then
     * assessed and visited late, is at once no longer overdue — in the caseload API, the case's own view and on
     * the lead's start page, which all read the same marks — without waiting for the next daily check; the
     * child page's steps say the notes by their labels and the people by their names.
     */
    @Test
    void aDeadlineMetLateIsNoLongerOverdueAnywhere() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String name = "迟" + pick() + pick() + pick() + "童";
        long childId = registerChild(api, worker, LAOJUNYING_COMMUNITY, name);
        long caseId = id(ok(api.post("childprotection/children/" + childId + "/cases", worker, "{\"source\":\"HOTLINE\",\"risk\":\"HIGH\"}")));
        check(Instant.now().plus(Duration.ofHours(73)));

        JsonObject row = caseloadRow(api, worker, caseId);
        assertTrue(row.getBoolean("overdue"), row.toString());
        assertEquals(Set.of("ASSESSMENT", "FIRST_VISIT"), kinds(row), "both high-risk deadlines are overdue");
        URI home = new URL(base, "station/home.xhtml").toURI();
        String before = new PageSession().signIn(home, "laojunying.lead", Keycloak.PASSWORD).body();
        assertTrue(before.contains(name) && before.contains("预估（24 小时）"), "on the lead's start page as overdue");

        // 完成预估 on the case tab, then 入户走访 logged: both late.
        ok(api.post("childprotection/cases/" + caseId + "/assessment", worker,
                "{\"risk\":\"HIGH\",\"reasons\":\"长期独自在家\",\"needs\":[\"SAFETY\",\"GUARDIANSHIP\"]}"));
        ok(api.post("childprotection/cases/" + caseId + "/visits", worker,
                "{\"heldOn\":\"" + today() + "\",\"minutes\":40,\"content\":\"入户查看居住情况\"}"));

        row = caseloadRow(api, worker, caseId);
        assertFalse(row.getBoolean("overdue"), row.toString());
        assertEquals(Set.of(), kinds(row), "met deadlines are not overdue, even met late");
        JsonObject view = json(ok(api.get("childprotection/cases/" + caseId, worker)));
        assertFalse(view.isNull("assessedAt") || view.isNull("firstVisitAt"), view.toString());
        assertFalse(view.getBoolean("overdue"), view.toString());
        String overdueList = ok(api.get("childprotection/cases?overdue=true", worker));
        assertFalse(overdueList.contains(name), "not under the list's overdue filter: " + overdueList);
        String after = new PageSession().signIn(home, "laojunying.lead", Keycloak.PASSWORD).body();
        assertFalse(after.contains(name), "no longer on the lead's start page");
        assertTrue(as(LEAD, () -> caseWork.list(new CaseFilter(null, null, null, null, null, true), 0, 500)).stream()
                .noneMatch(c -> c.getId() == caseId), "not on the lead's overdue list");
        check(Instant.now().plus(Duration.ofHours(73)));
        assertFalse(caseloadRow(api, worker, caseId).getBoolean("overdue"), "the next check agrees");

        // The child page: the case's steps (接案 高, 逾期 预估, 上报站长, 完成预估 高, 上门 入户走访) by their labels, the
        // people by their names (武振华, 系统), no code and no login.
        String page = text(new PageSession().signIn(new URL(base, "childprotection/child.xhtml?id=" + childId + "&tab=3").toURI(),
                "laojunying.worker", Keycloak.PASSWORD).body());
        for (String shown : List.of("入户走访", "预估（24 小时）", "上门（3 日）", "武振华", "系统")) {
            assertTrue(page.contains(shown), shown + " on the page");
        }
        assertFalse(CODE.matcher(page).find(), "a code on the page: " + match(CODE, page));
        assertFalse(LOGIN.matcher(page).find(), "a login on the page: " + match(LOGIN, page));
    }

    /**
     * The demo's approvals are by a real member of the station's staff (its lead), never a made-up login, and
     * the child page names them: a plan approved in the demo shows its approver's name and no login.
     */
    @Test
    void theDemosApprovalsAreByTheStationsStaffAndThePageNamesThem() throws Exception {
        for (Identity lead : List.of(LEAD, YINGZE_LEAD)) {
            List<ChildCase> approved = as(lead, () -> caseWork.list(new CaseFilter(null, null, null, null, null, null), 0, 500)).stream()
                    .filter(c -> c.getPlanApprovedBy() != null).toList();
            for (ChildCase c : approved) {
                assertTrue(as(lead, () -> staff.nameOf(c.getPlanApprovedBy())).isPresent(),
                        "approved by " + c.getPlanApprovedBy() + ", a login of no staff member");
            }
            if (approved.isEmpty()) {
                continue;
            }
            ChildCase c = approved.get(approved.size() - 1);
            String approver = as(lead, () -> staff.nameOf(c.getPlanApprovedBy())).orElseThrow();
            HttpResponse<String> opened = new PageSession().signIn(new URL(base, "childprotection/child.xhtml?id=" + c.getChildId()
                    + "&purpose=SUPERVISION&tab=4").toURI(), lead.username(), Keycloak.PASSWORD);
            assertEquals(200, opened.statusCode());
            String page = text(opened.body());
            assertTrue(page.contains(approver), approver + " approved the plan");
            assertFalse(LOGIN.matcher(page).find(), "a login on the page: " + match(LOGIN, page));
            assertFalse(CODE.matcher(page).find(), "a code on the page: " + match(CODE, page));
            return;
        }
        throw new AssertionError("no demo case with an approved plan at either station of 希望");
    }

    private static JsonObject caseloadRow(Api api, String token, long caseId) {
        return array(ok(api.get("childprotection/caseload", token))).stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("id").longValue() == caseId).findFirst().orElseThrow();
    }

    private static Set<String> kinds(JsonObject row) {
        return row.getJsonArray("overdueKinds").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    /** What a reader sees of a page: its text without tags, attributes and scripts. */
    private static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ");
    }

    private static String match(Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60)) : "";
    }

    /** The case's history names the workers a lead assigned, as people read them, in each reader's language. */
    @Test
    void anAssignmentIsRecordedWithThePeoplesNamesNotTheirIds() throws Exception {
        ChildCase intake = as(WORKER, () -> {
            long resident = residents.register(child("指派测试" + ThreadLocalRandom.current().nextInt(1000))).getId();
            long childId = register.register(resident, new ChildDetails(ChildCategory.IN_HARDSHIP, null, true, "老军营小学", "三年级",
                    null, null, null, null, List.of(), null)).getId();
            return caseWork.intake(childId, CaseSource.HOTLINE, RiskLevel.LOW, "放学后无人照看");
        });
        List<StaffCard> staff = as(LEAD, () -> caseWork.staffOfMyStations());
        StaffCard first = staff.stream().filter(s -> WORKER.username().equals(s.username())).findFirst().orElseThrow();
        StaffCard second = staff.stream().filter(s -> LEAD.username().equals(s.username())).findFirst().orElseThrow();
        as(LEAD, () -> caseWork.assign(intake.getId(), first.id(), second.id()));

        AuditRecord assigned = as(LEAD, () -> audit.historyOf(NeedToKnow.CASE_KIND, intake.getId())).stream()
                .filter(r -> "childprotection.case.assigned".equals(r.action().code())).findFirst().orElseThrow();
        assertEquals(first.name() + "、" + second.name(), Said.say(assigned.details(), Locale.SIMPLIFIED_CHINESE));
        assertEquals(first.name() + " and " + second.name(), Said.say(assigned.details(), Locale.ENGLISH));
        assertFalse(assigned.details().contains(String.valueOf(first.id())), "no worker id in the history: " + assigned.details());
    }

    /**
     * A grant's history line names the person granted as colleagues know them (梁志刚), not their login;
     * a login the operator's staff does not have is refused and nothing is recorded.
     */
    @Test
    void aGrantIsRecordedWithTheGranteesNameNotTheirLogin() throws Exception {
        ChildCase intake = as(WORKER, () -> {
            long resident = residents.register(child("授权测试" + ThreadLocalRandom.current().nextInt(1000))).getId();
            long childId = register.register(resident, new ChildDetails(ChildCategory.IN_HARDSHIP, null, true, "老军营小学", "四年级",
                    null, null, null, null, List.of(), null)).getId();
            return caseWork.intake(childId, CaseSource.HOTLINE, RiskLevel.LOW, "家长外出务工");
        });
        long id = intake.getId();
        Refusal unknown = assertThrows(Refusal.class, () -> as(LEAD, () -> caseWork.grant(id, "nobody.here", "机构督导抽查")));
        assertEquals("childprotection.refused.granteeUnknown", unknown.key());
        as(LEAD, () -> caseWork.grant(id, "hope.admin", "机构督导抽查"));

        List<AuditRecord> grants = as(LEAD, () -> audit.historyOf(NeedToKnow.CASE_KIND, id)).stream()
                .filter(r -> "childprotection.case.granted".equals(r.action().code())).toList();
        assertEquals(1, grants.size(), "the refused grant left no line: " + grants);
        String details = grants.get(0).details();
        assertEquals("梁志刚：机构督导抽查", Said.say(details, Locale.SIMPLIFIED_CHINESE));
        assertEquals("梁志刚: 机构督导抽查", Said.say(details, Locale.ENGLISH));
        assertFalse(details.contains("hope.admin"), "no login in the history: " + details);
    }

    @Test
    void theJobRunsForOperatorsWithTheModuleOnAndSkipsTheOthers() {
        TenantJobs.Outcome outcome = jobs.runNow("childprotection.deadlines");
        assertTrue(outcome.ran(), outcome.toString());
        assertTrue(outcome.done().containsAll(List.of(HOPE, TenantId.of("huide"), TenantId.of("jinyang"))), outcome.toString());
        assertFalse(outcome.done().contains(TenantId.of("tongxin")), outcome.toString());
        assertTrue(outcome.failed().isEmpty(), outcome.toString());
    }

    private void check(Instant at) {
        actAs.tenant(HOPE, () -> watch.checkAt(at));
    }

    private List<StepKind> kinds(long caseId) throws Exception {
        return as(WORKER, () -> caseWork.history(caseId)).stream().map(s -> s.getKind()).toList();
    }

    private static ResidentDetails child(String name) {
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(8).minusDays(ThreadLocalRandom.current().nextInt(300));
        String first17 = "140106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return new ResidentDetails(name, first17 + IdNumber.checkCharFor(first17), null, null, "13800000000", "140106005001",
                "测试地址1号", Set.of(ResidentCategory.CHILD), LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    private <T> T as(Identity who, Callable<T> call) throws Exception {
        return actAs.person(who, call);
    }
}
