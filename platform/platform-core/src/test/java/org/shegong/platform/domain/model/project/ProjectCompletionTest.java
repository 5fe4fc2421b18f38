package org.shegong.platform.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.domain.model.contract.Target;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.tenant.Tenant;

/** Completion of checklist items (done activities vs planned) and of projects (the same, summed over items). */
class ProjectCompletionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final Region province = new Region("140000000000", "山西省", RegionLevel.PROVINCE, null);
    private final Region city = new Region("140100000000", "太原市", RegionLevel.CITY, province);
    private final Region district = new Region("140106000000", "迎泽区", RegionLevel.DISTRICT, city);
    private final Station laojunying = new Station(
            new Region("140106005000", "老军营街道", RegionLevel.STREET, district), "老军营街道社工站");
    private final Station wenmiao = new Station(
            new Region("140106003000", "文庙街道", RegionLevel.STREET, district), "文庙街道社工站");

    @Test
    void completionIsDoneOverPlannedCappedAtOneHundredAndNothingPlannedIsNeverComplete() {
        assertEquals(0, new Completion(0, 3).percent());
        assertEquals(66, new Completion(2, 3).percent(), "rounded down, never shown complete early");
        assertEquals(100, new Completion(3, 3).percent());
        assertEquals(100, new Completion(5, 3).percent());
        assertTrue(new Completion(5, 3).isComplete());
        assertFalse(new Completion(2, 3).isComplete());
        assertFalse(new Completion(0, 0).isComplete());
        assertEquals(0, new Completion(0, 0).percent());
        assertThrows(IllegalArgumentException.class, () -> new Completion(-1, 3));
    }

    @Test
    void onlyDoneActivitiesCountTowardAnItem() {
        Project project = new Project("银发守护", laojunying);
        ChecklistItem item = project.addItem("防诈骗宣传", 2, null);
        Activity done = activity(laojunying);
        Activity planned = activity(laojunying);
        Activity cancelled = activity(laojunying);
        item.link(done);
        item.link(planned);
        item.link(cancelled);
        done.markDone(TODAY);
        cancelled.cancel();
        assertEquals(new Completion(1, 2), item.completion());
        assertFalse(item.completion().isComplete());

        planned.markDone(TODAY);
        assertEquals(new Completion(2, 2), item.completion());
        assertTrue(item.completion().isComplete());
    }

    @Test
    void aProjectIsItsItemsDoneOverPlannedEachCappedAtItsPlan() {
        Project project = new Project("银发守护", laojunying);
        assertEquals(new Completion(0, 0), project.completion(), "no items: nothing complete");
        ChecklistItem visits = project.addItem("入户走访", 3, null);
        ChecklistItem talks = project.addItem("健康讲座", 5, null);
        ChecklistItem training = project.addItem("志愿者培训", 1, null);
        assertEquals(new Completion(0, 9), project.completion());

        Activity visit = activity(laojunying);
        visits.link(visit);
        assertEquals(0, project.completion().done(), "a linked but not yet done activity counts nothing");
        visit.markDone(TODAY);
        for (int i = 0; i < 2; i++) {
            Activity talk = activity(laojunying);
            talks.link(talk);
            talk.markDone(TODAY);
        }
        assertEquals(33, visits.completion().percent());
        assertEquals(40, talks.completion().percent());
        assertEquals(new Completion(3, 9), project.completion(), "items at 33 % and 40 % are not a project at 0 %");
        assertEquals(33, project.completion().percent());

        for (int i = 0; i < 3; i++) {
            Activity extra = activity(laojunying);
            training.link(extra);
            extra.markDone(TODAY);
        }
        assertEquals(new Completion(4, 9), project.completion(), "three done of one planned count as one");
    }

    @Test
    void itemsAreNumberedInOrderAndRefuseBadInput() {
        Project project = new Project("四点半课堂", laojunying);
        assertEquals(1, project.addItem("一", 1, null).getPosition());
        assertEquals(2, project.addItem("二", 1, null).getPosition());
        assertThrows(IllegalArgumentException.class, () -> project.addItem(" ", 1, null));
        assertThrows(IllegalArgumentException.class, () -> project.addItem("负数", -1, null));
        assertThrows(IllegalArgumentException.class, () -> project.addItem("零", 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Project("  ", laojunying));
        assertThrows(IllegalArgumentException.class,
                () -> project.schedule(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anItemTakesActivitiesAndTargetsOfItsOwnStationOnly() {
        Project project = new Project("银发守护", laojunying);
        ChecklistItem item = project.addItem("防诈骗宣传", 2, null);
        assertThrows(IllegalArgumentException.class, () -> item.link(activity(wenmiao)));

        Tenant hope = new Tenant(TenantId.of("hope"), "希望");
        Contract here = new Contract("C-1", hope, laojunying);
        here.setTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(new Target(Metric.ACTIVITIES, 100)));
        Contract elsewhere = new Contract("C-2", hope, wenmiao);
        elsewhere.setTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(new Target(Metric.ACTIVITIES, 100)));

        item.countToward(here, Metric.ACTIVITIES);
        assertEquals(here, item.getContract());
        assertEquals(Optional.of(Metric.ACTIVITIES), item.getTargetMetric());
        assertThrows(IllegalArgumentException.class, () -> item.countToward(here, new Metric("clubs.helped")), "no such target");
        assertThrows(IllegalArgumentException.class, () -> item.countToward(elsewhere, Metric.ACTIVITIES));
        item.countToward(null, null);
        assertEquals(null, item.getContract());
        assertEquals(Optional.empty(), item.getTargetMetric());
    }

    @Test
    void aClosedProjectTakesNoChecklistChanges() {
        Project project = new Project("已结项目", laojunying);
        project.changeStatus(ProjectStatus.CLOSED);
        assertThrows(IllegalStateException.class, () -> project.addItem("迟到的事项", 1, null));
        project.changeStatus(ProjectStatus.ACTIVE);
        project.addItem("重新开启后", 1, null);
    }

    private static Activity activity(Station station) {
        return new Activity("活动", ActivityType.GROUP_ACTIVITY, TODAY, station);
    }
}
