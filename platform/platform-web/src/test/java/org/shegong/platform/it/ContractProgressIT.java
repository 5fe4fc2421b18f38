package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.contracts.TargetProgress;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;

/** Done activities move the contract target of exactly their operator's contract, by exactly their number. */
@ExtendWith(ArquillianExtension.class)
class ContractProgressIT {

    static final TenantId HUIDE = TenantId.of("huide");
    static final TenantId HOPE = TenantId.of("hope");
    static final String HUIDE_CONTRACT = "YZMZ-2024-003";   // 文庙街道
    static final String HOPE_CONTRACT = "YZMZ-2021-005";    // 老军营街道

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ContractProgressIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ActivityRegistry activities;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractProgress progress;

    @Inject
    Clock clock;

    @Test
    void nDoneActivitiesMoveTheTargetByExactlyNForThatTenantsContractOnly() {
        LocalDate today = LocalDate.now(clock);
        long huideBefore = activitiesCounted(HUIDE, HUIDE_CONTRACT, today);
        long hopeBefore = activitiesCounted(HOPE, HOPE_CONTRACT, today);

        int n = 3;
        work.run(HUIDE, "it-user", () -> {
            for (int i = 0; i < n; i++) {
                long id = activities.plan("进度测试" + i, ActivityType.GROUP_ACTIVITY, today, Fixtures.STREET_WENMIAO, null).getId();
                activities.markDone(id);
            }
            activities.plan("计划中的活动不计入", ActivityType.GROUP_ACTIVITY, today, Fixtures.STREET_WENMIAO, null);
        });
        // Another operator's done activities at the same street count for nobody's contract but its own.
        work.run(TenantId.of("it-progress-other"), "it-user", () -> activities.markDone(
                activities.plan("他人活动", ActivityType.GROUP_ACTIVITY, today, Fixtures.STREET_WENMIAO, null).getId()));

        assertEquals(huideBefore + n, activitiesCounted(HUIDE, HUIDE_CONTRACT, today));
        assertEquals(hopeBefore, activitiesCounted(HOPE, HOPE_CONTRACT, today));
    }

    @Test
    void progressShowsTheShareOfTargetAndOfTheContractYear() {
        LocalDate day = LocalDate.of(2026, 7, 2); // day 183 of the contract year 2026-01-01 … 2026-12-31
        TargetProgress p = work.call(HUIDE, "it-user", () -> progress.of(contract(HUIDE_CONTRACT), day)).stream()
                .filter(t -> t.metric().equals("activities")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 1), p.yearStarts());
        assertEquals(LocalDate.of(2026, 12, 31), p.yearEnds());
        assertEquals(120, p.perYear());
        assertEquals(50, p.percentOfYearElapsed());
        assertEquals(p.counted() * 100 / 120, p.percentOfTarget());
        assertTrue(p.isCounted());
        assertEquals(60, p.expectedByNow(), "the steady pace asks for half of 120 by mid-year");
        assertEquals(p.counted() < 48, p.isBehind(), "behind under 80 % of the pace (48 of the 60 expected by day 183): " + p.counted());
    }

    @Test
    void theBurnUpCountsMonthByMonthAndEndsWhereTheProgressStands() {
        LocalDate day = LocalDate.of(2026, 7, 2);
        var points = work.call(HUIDE, "it-user", () -> progress.burnUp(contract(HUIDE_CONTRACT), "activities", day));
        assertEquals(7, points.size(), "end of January … end of June, then the day itself: " + points);
        assertEquals(LocalDate.of(2026, 1, 31), points.get(0).day());
        assertEquals(LocalDate.of(2026, 6, 30), points.get(5).day());
        assertEquals(day, points.get(6).day());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).counted() >= points.get(i - 1).counted(), "a burn-up never goes down: " + points);
        }
        TargetProgress now = work.call(HUIDE, "it-user", () -> progress.of(contract(HUIDE_CONTRACT), day)).stream()
                .filter(t -> t.metric().equals("activities")).findFirst().orElseThrow();
        assertEquals(now.counted(), points.get(6).counted(), "the last point is the progress figure");
        assertEquals(60, points.get(6).steadyPace(), "half the year gone: half of 120 at a steady pace");
    }

    @Test
    void anotherTenantsContractIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> work.call(HOPE, "it-user", () -> progress.of(contract(HUIDE_CONTRACT), LocalDate.now(clock))));
        assertThrows(IllegalArgumentException.class,
                () -> work.call(HOPE, "it-user", () -> progress.burnUp(contract(HUIDE_CONTRACT), "activities", LocalDate.now(clock))));
    }

    private long activitiesCounted(TenantId tenant, String contractNumber, LocalDate today) {
        return work.call(tenant, "it-user", () -> progress.of(contract(contractNumber), today)).stream()
                .filter(t -> t.metric().equals("activities")).findFirst().orElseThrow().counted();
    }

    private Contract contract(String number) {
        return contracts.findByNumber(number).orElseThrow();
    }
}
