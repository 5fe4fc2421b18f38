package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.eldercare.application.AntiFraudEducation;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.application.PlanDetails;
import org.shegong.modules.eldercare.application.ProfileDetails;
import org.shegong.modules.eldercare.application.ReadingDetails;
import org.shegong.modules.eldercare.application.Referrals;
import org.shegong.modules.eldercare.application.VisitDetails;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.DependencyLevel;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.referral.Referral;
import org.shegong.modules.eldercare.domain.model.referral.ReferralStatus;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.modules.eldercare.interfaces.web.ElderResidentPanel;
import org.shegong.modules.eldercare.interfaces.web.OverdueVisits;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.metrics.MetricFigures;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;

/**
 * The elder-care services inside the container, as two operators: 希望 (hope, 迎泽街道) and 汇德
 * (huide, 文庙街道). Each entity is written by one and is neither seen nor changed by the other;
 * bad input is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ElderCareIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final Identity HOPE_WORKER = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity HUIDE_WORKER = new Identity("wenmiao.worker", "贺雅琴", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HUIDE), Set.of(Fixtures.STREET_WENMIAO), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ElderCareIT.class);
    }

    @Inject
    MetricFigures figures;

    @Inject
    ActAs actAs;

    @Inject
    ResidentRegistry residents;

    @Inject
    ElderRegister register;

    @Inject
    CarePlanning planning;

    @Inject
    VisitLog visits;

    @Inject
    HealthTracking health;

    @Inject
    Referrals referrals;

    @Inject
    AntiFraudEducation antiFraud;

    @Inject
    ModuleRegistry modules;

    @Inject
    Clock clock;

    @Inject
    ElderResidentPanel residentPanel;

    @Inject
    OverdueVisits stationPanel;

    long hopeElder;
    long huideElder;
    LocalDate today;

    @BeforeEach
    void eachOperatorHasAnElderWithAProfile() {
        today = LocalDate.now(clock);
        hopeElder = as(HOPE_WORKER, () -> residents.register(
                Fixtures.resident("希望老人" + Fixtures.freshIdNumber().substring(14), Fixtures.freshIdNumber(),
                        Fixtures.COMMUNITY_YINGZE)).getId());
        huideElder = as(HUIDE_WORKER, () -> residents.register(
                Fixtures.resident("汇德老人", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_WENMIAO)).getId());
        as(HOPE_WORKER, () -> register.record(hopeElder, profile(LivingSituation.ALONE)));
        as(HUIDE_WORKER, () -> register.record(huideElder, profile(LivingSituation.EMPTY_NEST)));
    }

    @Test
    void aProfileWithItsBarthelIndexIsSeenOnlyByItsOperator() {
        var mine = as(HOPE_WORKER, () -> register.profileOf(hopeElder)).orElseThrow();
        assertEquals(LivingSituation.ALONE, mine.getLivingSituation());
        assertEquals(100 - 5 - 10, mine.getBarthel().total());
        assertEquals(DependencyLevel.MILD, mine.getBarthel().level());
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> register.profileOf(hopeElder)));
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER,
                () -> register.record(hopeElder, profile(LivingSituation.DISABLED))));
        assertFalse(as(HUIDE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(p -> p.getResidentId() == hopeElder), "huide lists nothing of hope's, even naming hope's street");
        assertTrue(as(HUIDE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_WENMIAO))).stream()
                .anyMatch(p -> p.getResidentId() == huideElder));
        assertEquals(LivingSituation.ALONE, as(HOPE_WORKER, () -> register.profileOf(hopeElder)).orElseThrow()
                .getLivingSituation(), "huide's attempt changed nothing");

        Map<BarthelItem, Integer> bad = new java.util.EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            bad.put(item, item.maximum());
        }
        bad.put(BarthelItem.BATHING, 10);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER,
                () -> register.record(hopeElder, new ProfileDetails(LivingSituation.DISABLED, null, null, null, bad, today))));
        assertTrue(refused.getMessage().startsWith("“洗澡”"), refused.getMessage());
        assertEquals(LivingSituation.ALONE, as(HOPE_WORKER, () -> register.profileOf(hopeElder)).orElseThrow()
                .getLivingSituation(), "a refused assessment changes nothing");
    }

    @Test
    void aRevisedPlanKeepsItsEarlierVersionAndOnlyItsOperatorSeesEither() {
        as(HOPE_WORKER, () -> planning.revise(hopeElder, plan(today.minusDays(3), 14)));
        CarePlan second = as(HOPE_WORKER, () -> planning.revise(hopeElder, plan(today, 7)));
        assertEquals(2, second.getPlanVersion());
        List<CarePlan> versions = as(HOPE_WORKER, () -> planning.versions(hopeElder));
        assertEquals(List.of(2, 1), versions.stream().map(CarePlan::getPlanVersion).toList());
        assertEquals(List.of(true, false), versions.stream().map(CarePlan::isCurrent).toList());
        assertEquals(7, as(HOPE_WORKER, () -> planning.currentPlan(hopeElder)).orElseThrow().getServices().get(0).everyDays());

        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> planning.versions(hopeElder)));
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> planning.revise(hopeElder, plan(today, 7))));

        IllegalArgumentException noServices = assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER,
                () -> planning.revise(hopeElder, new PlanDetails(today, today.plusMonths(3), "需求", "目标", List.of(),
                        "yingze.worker"))));
        assertTrue(noServices.getMessage().startsWith("方案至少包含一项服务"), noServices.getMessage());
        assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER, () -> planning.revise(hopeElder,
                new PlanDetails(today, today.plusMonths(3), "需求", "目标", List.of(new PlannedService(VisitKind.HOME_VISIT, 14)),
                        "wenmiao.worker"))), "a worker of another operator cannot answer for hope's elder");
        assertEquals(2, as(HOPE_WORKER, () -> planning.versions(hopeElder)).size(), "refused revisions wrote nothing");
    }

    @Test
    void anOverdueVisitIsListedForItsStationAndWorkerAndLoggingAVisitClearsIt() {
        // A plan that started 20 days ago with a visit every 14 days: due 6 days ago.
        as(HOPE_WORKER, () -> planning.revise(hopeElder, plan(today.minusDays(20), 14)));
        DueVisit overdue = as(HOPE_WORKER, () -> visits.overdue(Set.of(Fixtures.STREET_YINGZE))).stream()
                .filter(d -> d.residentId() == hopeElder).findFirst().orElseThrow();
        assertEquals(today.minusDays(6), overdue.dueOn());
        assertEquals(6, overdue.daysOverdue());
        assertEquals("yingze.worker", overdue.worker());
        assertTrue(as(HOPE_WORKER, () -> visits.myDue()).stream().anyMatch(d -> d.residentId() == hopeElder));
        assertFalse(as(HUIDE_WORKER, () -> visits.overdue(Set.of(Fixtures.STREET_YINGZE, Fixtures.STREET_WENMIAO))).stream()
                .anyMatch(d -> d.residentId() == hopeElder), "huide never sees hope's overdue list");

        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> visits.log(hopeElder,
                new VisitDetails(today, VisitKind.HOME_VISIT, "乙方", null, null))));
        assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER, () -> visits.log(hopeElder,
                new VisitDetails(today.plusDays(1), VisitKind.HOME_VISIT, "明天", null, null))));
        assertEquals(0, as(HOPE_WORKER, () -> visits.visitsOf(hopeElder)).size(), "refused visits wrote nothing");
        assertTrue(as(HOPE_WORKER, () -> visits.overdue(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(d -> d.residentId() == hopeElder));

        long doneBefore = metric(HOPE, "eldercare.visits-done");
        as(HOPE_WORKER, () -> visits.log(hopeElder, new VisitDetails(today, VisitKind.HOME_VISIT, "血压平稳，精神好",
                "需要助餐", "下周电话随访")));
        assertFalse(as(HOPE_WORKER, () -> visits.overdue(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(d -> d.residentId() == hopeElder), "logging the visit cleared it");
        assertEquals(today.plusDays(14), as(HOPE_WORKER, () -> visits.due(Set.of(Fixtures.STREET_YINGZE))).stream()
                .filter(d -> d.residentId() == hopeElder).findFirst().orElseThrow().dueOn());
        assertEquals(doneBefore + 1, metric(HOPE, "eldercare.visits-done"));
        assertEquals(1, as(HOPE_WORKER, () -> visits.visitsOf(hopeElder)).size());
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> visits.visitsOf(hopeElder)));
    }

    @Test
    void aReadingOverTheThresholdOpensExactlyOneFollowUpWhichClosesOnlyWithANote() throws Exception {
        as(HOPE_WORKER, () -> planning.revise(hopeElder, plan(today, 14)));
        var normal = as(HOPE_WORKER, () -> health.record(hopeElder, bp("128", "82")));
        assertTrue(normal.followUp().isEmpty());
        var high = as(HOPE_WORKER, () -> health.record(hopeElder, bp("172", "96")));
        long taskId = high.followUp().orElseThrow().getId();
        assertEquals("yingze.worker", high.followUp().get().getAssignedTo());
        var higher = as(HOPE_WORKER, () -> health.record(hopeElder, bp("168", "92")));
        assertEquals(taskId, higher.followUp().orElseThrow().getId(), "a second high reading adds to the open task");
        assertEquals(1, Fixtures.countRows("elder_follow_up where resident_id = " + hopeElder));
        assertEquals(3, as(HOPE_WORKER, () -> health.readingsOf(hopeElder)).size());

        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> health.close(taskId, "乙方关闭")));
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> health.record(hopeElder, bp("180", "100"))));
        assertFalse(as(HUIDE_WORKER, () -> health.openFollowUps(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(t -> t.getId() == taskId));
        IllegalArgumentException noNote = assertThrows(IllegalArgumentException.class,
                () -> as(HOPE_WORKER, () -> health.close(taskId, " ")));
        assertTrue(noNote.getMessage().startsWith("关闭跟进任务须填写处理说明"), noNote.getMessage());
        assertTrue(as(HOPE_WORKER, () -> health.followUpsOf(hopeElder)).get(0).isOpen(), "still open without a note");

        FollowUpTask closed = as(HOPE_WORKER, () -> health.close(taskId, "已联系家庭医生上门复测"));
        assertFalse(closed.isOpen());
        assertEquals("yingze.worker", closed.getClosedBy());
        assertFalse(as(HOPE_WORKER, () -> health.openFollowUps(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(t -> t.getId() == taskId));
        var again = as(HOPE_WORKER, () -> health.record(hopeElder, bp("165", "90")));
        assertFalse(again.followUp().orElseThrow().getId() == taskId, "after closing, a new high reading opens a new task");
        assertEquals(2, Fixtures.countRows("elder_follow_up where resident_id = " + hopeElder));
    }

    @Test
    void aReferralToAMedicalPartnerMovesThroughItsStepsForItsOperatorOnly() {
        long partner = as(HOPE_WORKER, () -> referrals.medicalPartners()).get(0).id();
        assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER, () -> referrals.refer(hopeElder, partner, " ", null)));
        Referral referral = as(HOPE_WORKER, () -> referrals.refer(hopeElder, partner, "血压偏高，请上门问诊", null));
        assertEquals(7, referral.getSlaDays(), "the configured default SLA");
        assertEquals(today.plusDays(7), referral.getDueBy());
        long huidePartner = as(HUIDE_WORKER, () -> referrals.medicalPartners()).get(0).id();
        assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER,
                () -> referrals.refer(hopeElder, huidePartner, "别家的医疗机构", 5)), "only partners of my register");
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER, () -> referrals.advance(referral.getId(), null)));
        assertFalse(as(HUIDE_WORKER, () -> referrals.atStreets(Set.of(Fixtures.STREET_YINGZE))).stream()
                .anyMatch(r -> r.getId().equals(referral.getId())));

        long servedBefore = metric(HOPE, "eldercare.referrals-completed");
        assertEquals(ReferralStatus.ACCEPTED, as(HOPE_WORKER, () -> referrals.advance(referral.getId(), null)).getStatus());
        assertEquals(ReferralStatus.SERVED, as(HOPE_WORKER, () -> referrals.advance(referral.getId(), null)).getStatus());
        assertEquals(ReferralStatus.CLOSED, as(HOPE_WORKER, () -> referrals.advance(referral.getId(), "已调整用药")).getStatus());
        assertThrows(IllegalArgumentException.class, () -> as(HOPE_WORKER, () -> referrals.advance(referral.getId(), null)));
        assertEquals(servedBefore + 1, metric(HOPE, "eldercare.referrals-completed"));
    }

    @Test
    void anAntiFraudSessionReachesTheStationsEldersAndOnlyItsOperatorCounts() {
        var before = as(HOPE_WORKER, () -> antiFraud.coverage(Set.of(Fixtures.STREET_YINGZE), today, today));
        as(HOPE_WORKER, () -> antiFraud.record(Fixtures.STREET_YINGZE, today, "《不上你的当》情景剧", Set.of(hopeElder)));
        var after = as(HOPE_WORKER, () -> antiFraud.coverage(Set.of(Fixtures.STREET_YINGZE), today, today));
        assertEquals(before.elders(), after.elders());
        assertEquals(before.reached() + 1, after.reached());
        assertThrows(IllegalArgumentException.class, () -> as(HUIDE_WORKER,
                () -> antiFraud.record(Fixtures.STREET_YINGZE, today, "别站活动", Set.of())), "not huide's station");
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE_WORKER,
                () -> antiFraud.record(Fixtures.STREET_WENMIAO, today, "冒用对象", Set.of(hopeElder))));
        assertTrue(as(HUIDE_WORKER, () -> antiFraud.sessionsAt(Set.of(Fixtures.STREET_YINGZE))).isEmpty());
        // The metric is asked over both operators' streets: compare it with the coverage of the same streets
        // (hope may keep elders at 文庙 too: one who moved there, see ElderFollowsResidentIT).
        assertEquals(as(HOPE_WORKER, () -> antiFraud.coverage(Set.of(Fixtures.STREET_YINGZE, Fixtures.STREET_WENMIAO),
                today, today)).percent(), metric(HOPE, "eldercare.anti-fraud-coverage", today, today));
    }

    @Test
    void theResidentAndStationPanelsShowOnlyTheOperatorsOwnElders() {
        as(HOPE_WORKER, () -> planning.revise(hopeElder, plan(today.minusDays(15), 14)));
        ElderResidentPanel.Summary summary = as(HOPE_WORKER, () -> residentPanel.of(hopeElder));
        assertTrue(summary.hasProfile());
        assertEquals("yingze.worker", summary.plan().orElseThrow().getResponsibleWorker());
        assertFalse(as(HUIDE_WORKER, () -> residentPanel.of(hopeElder)).hasProfile(), "huide's resident page shows nothing of hope's");

        assertTrue(as(HOPE_WORKER, () -> stationPanel.getList()).stream().anyMatch(d -> d.residentId() == hopeElder));
        assertTrue(as(HOPE_WORKER, () -> stationPanel.at(Set.of(Fixtures.STREET_YINGZE)).byWorker()).getOrDefault("苗婷婷", 0L) >= 1,
                "workers by name, not login");
        assertFalse(as(HUIDE_WORKER, () -> stationPanel.getList()).stream().anyMatch(d -> d.residentId() == hopeElder));

        // The start page's panel follows the station chosen in the switcher, which the slot hands it.
        Identity hopeAdmin = new Identity("hope.admin", "梁志刚", Set.of(Role.OPERATOR_ADMIN), Optional.of(HOPE), Set.of(), Optional.empty());
        String laojunying = "140106005000";
        var yingzeOnly = as(hopeAdmin, () -> stationPanel.at(Set.of(Fixtures.STREET_YINGZE)));
        var laojunyingOnly = as(hopeAdmin, () -> stationPanel.at(Set.of(laojunying)));
        var both = as(hopeAdmin, () -> stationPanel.at(Set.of(Fixtures.STREET_YINGZE, laojunying)));
        assertTrue(yingzeOnly.list().stream().anyMatch(d -> d.residentId() == hopeElder));
        assertTrue(yingzeOnly.list().stream().allMatch(d -> d.streetCode().equals(Fixtures.STREET_YINGZE)), yingzeOnly.toString());
        assertTrue(laojunyingOnly.list().stream().allMatch(d -> d.streetCode().equals(laojunying)), laojunyingOnly.toString());
        assertEquals(both.count(), yingzeOnly.count() + laojunyingOnly.count(), "the two stations' lists make up the whole");
    }

    @Test
    void theMetricsAreDeclaredAndCountOnlyForOperatorsWithTheModuleOn() {
        Set<String> codes = modules.metricsFor(Optional.of(HOPE)).keySet();
        for (String code : List.of("eldercare.elders-served", "eldercare.visits-done", "eldercare.overdue-visits",
                "eldercare.health-readings", "eldercare.referrals-completed", "eldercare.anti-fraud-coverage")) {
            assertTrue(codes.contains(code), code);
        }
        assertFalse(modules.metricsFor(Optional.of(TenantId.of("jinyang"))).containsKey("eldercare.visits-done"),
                "jinyang has not switched elder care on");
        long servedByHope = metric(HOPE, "eldercare.elders-served");
        long newElder = as(HOPE_WORKER, () -> residents.register(Fixtures.resident("新档案老人",
                Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        as(HOPE_WORKER, () -> register.record(newElder, profile(LivingSituation.WITH_CHILDREN)));
        assertEquals(servedByHope + 1, metric(HOPE, "eldercare.elders-served"));
        long readings = metric(HUIDE, "eldercare.health-readings", today, today);
        as(HOPE_WORKER, () -> health.record(hopeElder, new ReadingDetails(HealthMeasure.WEIGHT, new BigDecimal("58.5"), null, null)));
        assertEquals(readings, metric(HUIDE, "eldercare.health-readings", today, today), "hope's reading is not huide's");
    }

    private long metric(TenantId tenant, String code) {
        return metric(tenant, code, today.minusYears(1), today);
    }

    private long metric(TenantId tenant, String code, LocalDate from, LocalDate to) {
        // Both operators' streets: only the tenant filter keeps one operator's rows out of the other's figure.
        Set<String> streets = Set.of(Fixtures.STREET_YINGZE, Fixtures.STREET_WENMIAO);
        return actAs.tenant(tenant, () -> figures.total(code, streets, from, to).orElseThrow().value());
    }

    private ProfileDetails profile(LivingSituation situation) {
        Map<BarthelItem, Integer> scores = new java.util.EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            scores.put(item, item.maximum());
        }
        scores.put(BarthelItem.STAIRS, 5);
        scores.put(BarthelItem.MOBILITY, 5);
        return new ProfileDetails(situation, "高血压、糖尿病", "女儿 13900000000", "社区卫生站 常医生", scores, today);
    }

    private PlanDetails plan(LocalDate startsOn, int everyDays) {
        return new PlanDetails(startsOn, startsOn.plusMonths(3), "独居，行动不便，需定期探访", "保持每两周一次上门探访",
                List.of(new PlannedService(VisitKind.HOME_VISIT, everyDays)), "yingze.worker");
    }

    private ReadingDetails bp(String systolic, String diastolic) {
        return new ReadingDetails(HealthMeasure.BLOOD_PRESSURE, new BigDecimal(systolic), new BigDecimal(diastolic),
                LocalDateTime.now(clock).minusMinutes(1));
    }

    @Test
    void demoOperatorsStartWithTheirOwnEldersPlansAReadingToFollowUpAndVisitsDue() {
        // Seeded at start-up from the demo descriptors, through the module's own SPI hook.
        List<ElderProfile> hopeElders = as(HOPE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE))).stream()
                .filter(e -> e.getCreatedBy().equals(Actor.SYSTEM)).toList();
        assertTrue(hopeElders.size() >= 2, "hope's 迎泽 station has demo elders: " + hopeElders.size());
        assertTrue(hopeElders.stream().allMatch(e -> e.getStreetCode().equals(Fixtures.STREET_YINGZE)));
        long withPlan = hopeElders.stream().filter(e -> as(HOPE_WORKER, () -> planning.currentPlan(e.getResidentId())).isPresent()).count();
        assertEquals(hopeElders.size(), withPlan, "each demo elder has a care plan");
        assertFalse(as(HOPE_WORKER, () -> health.openFollowUps(Set.of(Fixtures.STREET_YINGZE))).isEmpty(),
                "a demo reading over the limit left a follow-up open");
        assertFalse(as(HOPE_WORKER, () -> visits.overdue(Set.of(Fixtures.STREET_YINGZE))).isEmpty(), "and visits are due");
        List<Long> huideIds = as(HUIDE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_WENMIAO, Fixtures.STREET_YINGZE)))
                .stream().map(ElderProfile::getResidentId).toList();
        assertTrue(hopeElders.stream().noneMatch(e -> huideIds.contains(e.getResidentId())), "each operator its own");
    }

    private <T> T as(Identity who, Callable<T> call) {
        return actAs.person(who, call);
    }
}
