package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.projects.ItemDetails;
import org.shegong.platform.application.projects.ProjectDetails;
import org.shegong.platform.application.projects.ProjectRegistry;
import org.shegong.platform.application.projects.ProjectSearch;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.project.Completion;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectStatus;

/**
 * The projects register (清单化管理) with two real operators: 希望 (hope, 老军营 and 迎泽) and 汇德
 * (huide, 文庙). Completion follows done activities; huide never sees nor changes hope's projects;
 * an item links only its own station's activities and contract targets; bad input and stale
 * versions are refused and write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectRegistryIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final TenantId HUIDE = TenantId.of("huide");
    static final String LAOJUNYING = "140106005000";
    static final Set<String> HOPE_LAOJUNYING = Set.of(LAOJUNYING);
    static final Set<String> HOPE_BOTH = Set.of(LAOJUNYING, Fixtures.STREET_YINGZE);
    static final Set<String> HUIDE_WENMIAO = Set.of(Fixtures.STREET_WENMIAO);
    static final String HOPE_LAOJUNYING_CONTRACT = "YZMZ-2021-005";
    static final String HOPE_YINGZE_CONTRACT = "YZMZ-2023-001";
    static final String HUIDE_CONTRACT = "YZMZ-2024-003";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ProjectRegistryIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ProjectRegistry projects;

    @Inject
    ActivityRegistry activities;

    @Inject
    ContractRepository contracts;

    long projectOfHope;
    long itemOfHope;

    @BeforeEach
    void hopeStartsAProjectWithOneItem() {
        projectOfHope = as(HOPE, () -> projects.start(details("银发守护" + System.nanoTime() % 100_000, LAOJUNYING),
                HOPE_LAOJUNYING).getId());
        itemOfHope = as(HOPE, () -> projects.addItem(projectOfHope, item("防诈骗宣传进社区", 2), HOPE_LAOJUNYING).getId());
    }

    @Test
    void markingLinkedActivitiesDoneMovesTheItemAndTheProject() {
        long second = as(HOPE, () -> projects.addItem(projectOfHope, item("入户走访", 1), HOPE_LAOJUNYING).getId());
        long a1 = plan(HOPE, LAOJUNYING, "宣传一");
        long a2 = plan(HOPE, LAOJUNYING, "宣传二");
        long visit = plan(HOPE, LAOJUNYING, "走访");
        as(HOPE, () -> {
            projects.link(itemOfHope, a1, HOPE_LAOJUNYING);
            projects.link(itemOfHope, a2, HOPE_LAOJUNYING);
            projects.link(itemOfHope, a2, HOPE_LAOJUNYING); // again: nothing changes
            return projects.link(second, visit, HOPE_LAOJUNYING);
        });
        assertEquals(new Completion(0, 2), itemCompletion(itemOfHope));
        assertEquals(new Completion(0, 3), projectCompletion(projectOfHope), "linked but planned: nothing complete");

        as(HOPE, () -> activities.markDone(a1));
        assertEquals(new Completion(1, 2), itemCompletion(itemOfHope));
        assertEquals(50, itemCompletion(itemOfHope).percent());
        assertEquals(new Completion(1, 3), projectCompletion(projectOfHope), "the project moves with its items' activities");

        as(HOPE, () -> activities.markDone(visit));
        assertEquals(new Completion(2, 3), projectCompletion(projectOfHope));

        as(HOPE, () -> activities.markDone(a2));
        assertEquals(new Completion(2, 2), itemCompletion(itemOfHope));
        assertEquals(new Completion(3, 3), projectCompletion(projectOfHope));
        assertEquals(100, projectCompletion(projectOfHope).percent());

        as(HOPE, () -> projects.unlink(itemOfHope, a2, HOPE_LAOJUNYING));
        assertEquals(new Completion(1, 2), itemCompletion(itemOfHope));
        assertEquals(new Completion(2, 3), projectCompletion(projectOfHope));
    }

    @Test
    void huideSeesNoneOfHopesProjectsAndCannotChangeThemById() {
        long huidesOwn = as(HUIDE, () -> projects.start(details("汇德项目", Fixtures.STREET_WENMIAO), HUIDE_WENMIAO).getId());
        long versionOfHope = as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow().getVersion());
        long huideActivity = plan(HUIDE, Fixtures.STREET_WENMIAO, "汇德活动");

        // Even naming hope's street (which huide's people never get from MyStations) finds nothing:
        // the tenant filter alone keeps hope's rows away.
        for (Set<String> streets : List.of(HUIDE_WENMIAO, HOPE_LAOJUNYING)) {
            List<Long> seen = as(HUIDE, () -> projects.search(ProjectSearch.all(streets), 0, 10_000).stream()
                    .map(Project::getId).toList());
            assertFalse(seen.contains(projectOfHope));
            assertTrue(as(HUIDE, () -> projects.findInStreets(projectOfHope, streets)).isEmpty());
            assertTrue(as(HUIDE, () -> projects.findItemInStreets(itemOfHope, streets)).isEmpty());
            assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.update(projectOfHope, versionOfHope,
                    details("被汇德改名", LAOJUNYING), streets)));
            assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.changeStatus(projectOfHope,
                    versionOfHope, ProjectStatus.CANCELLED, streets)));
            assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.addItem(projectOfHope,
                    item("汇德加的事项", 1), streets)));
            assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.link(itemOfHope, huideActivity, streets)));
            assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.updateItem(itemOfHope, 1,
                    item("改", 3), streets)));
        }
        assertEquals(1, (long) as(HUIDE, () -> projects.search(ProjectSearch.all(HUIDE_WENMIAO), 0, 10_000).stream()
                .filter(p -> p.getId() == huidesOwn).count()), "huide sees its own project");

        Project afterwards = as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow());
        assertTrue(afterwards.getName().startsWith("银发守护"));
        assertEquals(ProjectStatus.PLANNING, afterwards.getStatus());
        assertEquals(versionOfHope, afterwards.getVersion());
        assertEquals(1, (int) as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow().getItems().size()));
        assertEquals(new Completion(0, 2), itemCompletion(itemOfHope));
    }

    @Test
    void anItemLinksOnlyActivitiesOfItsTenantAndStation() {
        long huideActivity = plan(HUIDE, Fixtures.STREET_WENMIAO, "汇德活动");
        long yingzeActivity = plan(HOPE, Fixtures.STREET_YINGZE, "迎泽站活动");
        assertThrows(RecordNotFoundException.class, () -> as(HOPE, () -> projects.link(itemOfHope, huideActivity, HOPE_BOTH)),
                "another tenant's activity is not found");
        var e = assertThrows(IllegalArgumentException.class,
                () -> as(HOPE, () -> projects.link(itemOfHope, yingzeActivity, HOPE_BOTH)));
        assertTrue(e.getMessage().contains("本项目社工站"), e.getMessage());
        assertThrows(RecordNotFoundException.class, () -> as(HOPE, () -> projects.link(itemOfHope, yingzeActivity, HOPE_LAOJUNYING)),
                "an activity of a station I do not work in is not found");
        assertTrue(as(HOPE, () -> projects.findItemInStreets(itemOfHope, HOPE_LAOJUNYING).orElseThrow().getActivities().isEmpty()));
    }

    @Test
    void anItemCountsTowardATargetOfItsOwnOperatorAndStationOnly() {
        long huideContract = contractId(HUIDE_CONTRACT);
        long yingzeContract = contractId(HOPE_YINGZE_CONTRACT);
        long laojunyingContract = contractId(HOPE_LAOJUNYING_CONTRACT);

        assertThrows(RecordNotFoundException.class, () -> as(HOPE, () -> projects.addItem(projectOfHope,
                item("汇德的指标", 1, huideContract, "activities"), HOPE_LAOJUNYING)));
        var otherStation = assertThrows(IllegalArgumentException.class, () -> as(HOPE, () -> projects.addItem(projectOfHope,
                item("迎泽站的指标", 1, yingzeContract, "activities"), HOPE_BOTH)));
        assertTrue(otherStation.getMessage().contains("社工站"), otherStation.getMessage());
        assertThrows(IllegalArgumentException.class, () -> as(HOPE, () -> projects.addItem(projectOfHope,
                item("没有的指标", 1, laojunyingContract, "nonexistent"), HOPE_LAOJUNYING)));
        assertEquals(1, (int) as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow().getItems().size()),
                "no refused item was written");

        String target = as(HOPE, () -> {
            var counted = projects.addItem(projectOfHope, item("计入活动指标", 4, laojunyingContract, "activities"), HOPE_LAOJUNYING);
            return counted.getContract().getNumber() + " " + counted.getTargetMetric().orElseThrow().code();
        });
        assertEquals(HOPE_LAOJUNYING_CONTRACT + " activities", target);
        assertTrue(as(HOPE, () -> projects.targetOptions(projectOfHope, HOPE_LAOJUNYING)).stream()
                .allMatch(t -> t.contractNumber().equals(HOPE_LAOJUNYING_CONTRACT)));
        assertThrows(RecordNotFoundException.class, () -> as(HUIDE, () -> projects.targetOptions(projectOfHope, HUIDE_WENMIAO)));
    }

    @Test
    void badInputIsRefusedInPlainChineseAndWritesNothing() throws Exception {
        long projectsBefore = Fixtures.countRows("project");
        long itemsBefore = Fixtures.countRows("project_item");

        RuntimeException blank = assertThrows(RuntimeException.class,
                () -> as(HOPE, () -> projects.start(details("  ", LAOJUNYING), HOPE_LAOJUNYING)));
        assertTrue(said(blank).contains("项目名称不能为空"), said(blank));
        RuntimeException negative = assertThrows(RuntimeException.class,
                () -> as(HOPE, () -> projects.addItem(projectOfHope, item("负数", -3), HOPE_LAOJUNYING)));
        assertTrue(said(negative).contains("计划次数至少为1"), said(negative));
        RuntimeException blankItem = assertThrows(RuntimeException.class,
                () -> as(HOPE, () -> projects.addItem(projectOfHope, item(" ", 1), HOPE_LAOJUNYING)));
        assertTrue(said(blankItem).contains("清单事项名称不能为空"), said(blankItem));
        RuntimeException backwards = assertThrows(RuntimeException.class, () -> as(HOPE, () -> projects.start(
                new ProjectDetails("倒排日期", LAOJUNYING, null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)),
                HOPE_LAOJUNYING)));
        assertTrue(said(backwards).contains("结束日期不能早于开始日期"), said(backwards));
        RuntimeException notMine = assertThrows(IllegalArgumentException.class,
                () -> as(HOPE, () -> projects.start(details("别人的站", Fixtures.STREET_WENMIAO), HOPE_LAOJUNYING)));
        assertTrue(notMine.getMessage().contains("不是您的社工站"), notMine.getMessage());

        assertEquals(projectsBefore, Fixtures.countRows("project"));
        assertEquals(itemsBefore, Fixtures.countRows("project_item"));
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() {
        long read = as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow().getVersion());
        as(HOPE, () -> projects.update(projectOfHope, read, details("第一次修改", LAOJUNYING), HOPE_LAOJUNYING));
        var conflict = assertThrows(ConcurrentChangeException.class, () -> as(HOPE, () ->
                projects.update(projectOfHope, read, details("过期的修改", LAOJUNYING), HOPE_LAOJUNYING)));
        assertTrue(conflict.getMessage().contains("已被他人修改"), conflict.getMessage());
        assertThrows(ConcurrentChangeException.class, () -> as(HOPE, () ->
                projects.changeStatus(projectOfHope, read, ProjectStatus.CLOSED, HOPE_LAOJUNYING)));
        Project now = as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow());
        assertEquals("第一次修改", now.getName());
        assertEquals(ProjectStatus.PLANNING, now.getStatus());

        long itemRead = as(HOPE, () -> projects.findItemInStreets(itemOfHope, HOPE_LAOJUNYING).orElseThrow().getVersion());
        as(HOPE, () -> projects.updateItem(itemOfHope, itemRead, item("改过的事项", 3), HOPE_LAOJUNYING));
        assertThrows(ConcurrentChangeException.class, () -> as(HOPE, () ->
                projects.updateItem(itemOfHope, itemRead, item("过期的事项", 5), HOPE_LAOJUNYING)));
        assertEquals(new Completion(0, 3), itemCompletion(itemOfHope));
    }

    @Test
    void aClosedProjectKeepsItsChecklistUntilReopened() {
        long v = as(HOPE, () -> projects.findInStreets(projectOfHope, HOPE_LAOJUNYING).orElseThrow().getVersion());
        long closed = as(HOPE, () -> projects.changeStatus(projectOfHope, v, ProjectStatus.CLOSED, HOPE_LAOJUNYING).getVersion());
        var e = assertThrows(IllegalStateException.class, () -> as(HOPE, () ->
                projects.addItem(projectOfHope, item("结项后", 1), HOPE_LAOJUNYING)));
        assertTrue(e.getMessage().contains("已结项"), e.getMessage());
        as(HOPE, () -> projects.changeStatus(projectOfHope, closed, ProjectStatus.ACTIVE, HOPE_LAOJUNYING));
        as(HOPE, () -> projects.addItem(projectOfHope, item("重新开启后", 1), HOPE_LAOJUNYING));
        assertEquals(new Completion(0, 3), projectCompletion(projectOfHope), "2 planned in the first item, 1 in the second");
    }

    private Completion itemCompletion(long itemId) {
        return as(HOPE, () -> projects.findItemInStreets(itemId, HOPE_LAOJUNYING).orElseThrow().completion());
    }

    private Completion projectCompletion(long projectId) {
        return as(HOPE, () -> projects.findInStreets(projectId, HOPE_LAOJUNYING).orElseThrow().completion());
    }

    private long plan(TenantId tenant, String street, String title) {
        return as(tenant, () -> activities.plan(title, ActivityType.GROUP_ACTIVITY, LocalDate.now(), street, null).getId());
    }

    private long contractId(String number) {
        return as(HOPE, () -> contracts.findByNumber(number).orElseThrow().getId());
    }

    private static ProjectDetails details(String name, String street) {
        return new ProjectDetails(name, street, "老年人防诈骗意识弱，独居老人多", "每月两次宣传，季度入户", null, null);
    }

    private static ItemDetails item(String title, int planned) {
        return new ItemDetails(title, planned, null, null, null);
    }

    private static ItemDetails item(String title, int planned, Long contractId, String metric) {
        return new ItemDetails(title, planned, null, contractId, metric);
    }

    private <T> T as(TenantId tenant, Callable<T> call) {
        return work.call(tenant, "it-user", call);
    }

    /**
     * What a person reading Chinese is told about a refusal: each violated rule said from its bundle
     * key (the rules name keys, not texts), or the refusal's reason.
     */
    private static String said(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.validation.ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(v -> org.shegong.platform.api.records.Reasons.violation(v, java.util.Locale.SIMPLIFIED_CHINESE))
                        .sorted().collect(java.util.stream.Collectors.joining("; "));
            }
        }
        return org.shegong.platform.api.records.Reasons.text(e, java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
