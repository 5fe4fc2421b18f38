package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.application.PlanDetails;
import org.shegong.modules.eldercare.application.ProfileDetails;
import org.shegong.modules.eldercare.application.ReadingDetails;
import org.shegong.modules.eldercare.application.Referrals;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;

/**
 * Elder care's copies follow the platform's register through its resident events (issue 9 item 1,
 * issue 10 item 13): a renamed, moved, removed or restored resident is right in every elder-care
 * list — elders, due, overdue (应访未访), referrals, open follow-ups — for 希望 (hope), while 汇德
 * (huide)'s elder, with the same kinds of records, is untouched throughout.
 */
@ExtendWith(ArquillianExtension.class)
class ElderFollowsResidentIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final String STREET_LAOJUNYING = "140106005000";
    static final String COMMUNITY_LAOJUNYING = "140106005001";
    static final Identity YINGZE_WORKER = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity LAOJUNYING_WORKER = new Identity("laojunying.worker", "武振华", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(STREET_LAOJUNYING), Optional.empty());
    static final Identity HOPE_LEAD = new Identity("yingze.lead", "侯建民", Set.of(Role.STATION_LEAD),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());
    static final Identity HUIDE_WORKER = new Identity("wenmiao.worker", "贺雅琴", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HUIDE), Set.of(Fixtures.STREET_WENMIAO), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ElderFollowsResidentIT.class);
    }

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
    Clock clock;

    LocalDate today;
    long hopeElder;
    String hopeIdNumber;
    long hopeReferral;
    long huideElder;
    Map<String, String> huideBefore;

    @BeforeEach
    void eachOperatorHasAnElderInEveryList() {
        today = LocalDate.now(clock);
        hopeIdNumber = Fixtures.freshIdNumber();
        hopeElder = as(YINGZE_WORKER, () -> residents.register(
                Fixtures.resident("随迁老人" + hopeIdNumber.substring(14), hopeIdNumber, Fixtures.COMMUNITY_YINGZE)).getId());
        hopeReferral = everyKindOfRecord(YINGZE_WORKER, hopeElder, "yingze.worker");
        huideElder = as(HUIDE_WORKER, () -> residents.register(
                Fixtures.resident("汇德老人" + Fixtures.freshIdNumber().substring(14), Fixtures.freshIdNumber(),
                        Fixtures.COMMUNITY_WENMIAO)).getId());
        everyKindOfRecord(HUIDE_WORKER, huideElder, "wenmiao.worker");
        huideBefore = shownIn(HUIDE_WORKER, huideElder);
        assertEquals(Set.of("elders", "due", "overdue", "referrals", "follow-ups"), huideBefore.keySet(), huideBefore.toString());
    }

    @Test
    void aRenamedResidentIsRenamedInEveryList() {
        String before = name(hopeElder);
        assertEquals(everyList(before), shownIn(YINGZE_WORKER, hopeElder));

        change(hopeElder, "改名老人" + hopeIdNumber.substring(14), Fixtures.COMMUNITY_YINGZE);

        assertEquals(everyList("改名老人" + hopeIdNumber.substring(14)), shownIn(YINGZE_WORKER, hopeElder),
                "the new name on every list, none under the old one");
        assertEquals(huideBefore, shownIn(HUIDE_WORKER, huideElder), "the other operator's elder is untouched");
        assertEquals(Map.of(), shownIn(HUIDE_WORKER, hopeElder), "and never sees hope's");
    }

    @Test
    void aMovedResidentTakesTheirRecordsToTheNewStation() {
        String name = name(hopeElder);
        change(hopeElder, name, COMMUNITY_LAOJUNYING);

        assertEquals(Map.of(), shownIn(YINGZE_WORKER, hopeElder), "gone from the old station's lists");
        assertEquals(everyList(name), shownIn(LAOJUNYING_WORKER, hopeElder), "on every list of the new station");
        assertThrows(RecordNotFoundException.class, () -> as(YINGZE_WORKER, () -> referrals.advance(hopeReferral, "已受理")),
                "the old station can no longer act on the records");
        assertEquals(STREET_LAOJUNYING, as(LAOJUNYING_WORKER, () -> referrals.advance(hopeReferral, "已受理")).getStreetCode());
        assertEquals(huideBefore, shownIn(HUIDE_WORKER, huideElder));
    }

    @Test
    void aRemovedResidentLeavesEveryListAndCountAndRestoreBringsThemBack() {
        String name = name(hopeElder);
        long eldersBefore = as(YINGZE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE))).size();

        as(HOPE_LEAD, () -> {
            residents.removeInStreets(hopeElder, Set.of(Fixtures.STREET_YINGZE));
            return null;
        });
        assertEquals(Map.of(), shownIn(YINGZE_WORKER, hopeElder), "in no list");
        assertEquals(eldersBefore - 1, as(YINGZE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE))).size());
        assertThrows(RecordNotFoundException.class, () -> as(YINGZE_WORKER, () -> referrals.advance(hopeReferral, "已受理")),
                "a removed resident's record is not found by id either");
        assertEquals(huideBefore, shownIn(HUIDE_WORKER, huideElder));

        as(HOPE_LEAD, () -> {
            residents.restoreInStreets(hopeElder, Set.of(Fixtures.STREET_YINGZE));
            return null;
        });
        assertEquals(everyList(name), shownIn(YINGZE_WORKER, hopeElder), "everything is back");
        assertEquals(eldersBefore, as(YINGZE_WORKER, () -> register.eldersAt(Set.of(Fixtures.STREET_YINGZE))).size());
    }

    /** A profile, a plan with a visit long overdue, a reading over the limit (a follow-up) and a referral. */
    private long everyKindOfRecord(Identity worker, long residentId, String username) {
        return as(worker, () -> {
            Map<BarthelItem, Integer> scores = new EnumMap<>(BarthelItem.class);
            for (BarthelItem item : BarthelItem.values()) {
                scores.put(item, item.maximum());
            }
            register.record(residentId, new ProfileDetails(LivingSituation.ALONE, "高血压", "女儿 13900000000", "社区卫生站",
                    scores, today));
            planning.revise(residentId, new PlanDetails(today.minusDays(60), today.plusMonths(3), "独居，需定期探访",
                    "每两周上门一次", List.of(new PlannedService(VisitKind.HOME_VISIT, 14)), username));
            health.record(residentId, new ReadingDetails(HealthMeasure.BLOOD_PRESSURE, new BigDecimal("175"),
                    new BigDecimal("98"), LocalDateTime.now(clock).minusMinutes(1)));
            long partner = referrals.medicalPartners().get(0).id();
            return referrals.refer(residentId, partner, "血压偏高，请上门问诊", null).getId();
        });
    }

    /** Which elder-care lists of the person's stations show the resident, and under which name. */
    private Map<String, String> shownIn(Identity who, long residentId) {
        Set<String> streets = Set.of(Fixtures.STREET_YINGZE, STREET_LAOJUNYING, Fixtures.STREET_WENMIAO);
        return as(who, () -> {
            Set<String> mine = who.stations();
            Map<String, String> shown = new TreeMap<>();
            register.eldersAt(mine).stream().filter(p -> p.getResidentId() == residentId)
                    .forEach(p -> shown.put("elders", p.getResidentName()));
            visits.due(streets).stream().filter(d -> d.residentId() == residentId)
                    .forEach(d -> shown.put("due", d.residentName()));
            visits.overdue(streets).stream().filter(d -> d.residentId() == residentId)
                    .forEach(d -> shown.put("overdue", d.residentName()));
            referrals.atStreets(mine).stream().filter(r -> r.getResidentId() == residentId)
                    .forEach(r -> shown.put("referrals", r.getResidentName()));
            health.openFollowUps(streets).stream().filter(t -> t.getResidentId() == residentId)
                    .forEach(t -> shown.put("follow-ups", t.getResidentName()));
            return shown;
        });
    }

    private static Map<String, String> everyList(String name) {
        return Map.of("elders", name, "due", name, "overdue", name, "referrals", name, "follow-ups", name);
    }

    private String name(long residentId) {
        return as(HOPE_LEAD, () -> residents.find(residentId).map(Resident::getName).orElseThrow());
    }

    /**
     * Changes name and community as the register's edit form would, keeping every other detail, for
     * someone working at both of 希望's stations (the register refuses a move outside them).
     */
    private void change(long residentId, String name, String communityCode) {
        as(HOPE_LEAD, () -> {
            Resident r = residents.find(residentId).orElseThrow();
            return residents.updateInStreets(residentId, r.getVersion(), new ResidentDetails(name, hopeIdNumber, r.getGender(),
                    r.getBirthDate(), r.getPhone(), communityCode, r.getAddress(), r.getCategories(), r.getRegisteredOn()),
                    Set.of(Fixtures.STREET_YINGZE, STREET_LAOJUNYING));
        });
    }

    private <T> T as(Identity who, Callable<T> call) {
        return actAs.person(who, call);
    }
}
