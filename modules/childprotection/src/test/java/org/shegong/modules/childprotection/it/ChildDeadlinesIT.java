package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.DeadlineWatch;
import org.shegong.modules.childprotection.application.NeedToKnow;
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
        return ShegongDeployment.withTests(ChildDeadlinesIT.class);
    }

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
                "测试地址1号", Set.of(ResidentCategory.CHILD));
    }

    private <T> T as(Identity who, Callable<T> call) throws Exception {
        return actAs.person(who, call);
    }
}
