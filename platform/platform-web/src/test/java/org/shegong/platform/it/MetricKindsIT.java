package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.infrastructure.ClockProducer;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.contracts.TargetProgress;
import org.shegong.platform.application.metrics.Figure;
import org.shegong.platform.application.metrics.MetricFigures;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.interfaces.web.MetricLabels;
import org.shegong.platform.it.probe.ProbeFigures;
import org.shegong.platform.it.probe.ProbeOperators;

/**
 * Metric kinds answered per street for a period, for two operators: each counter runs inside the
 * asking operator; a ratio is recomputed from its parts' sums over streets (never averaged); a
 * contract target on a ratio is measured in percent; a target no module counts stays visible as
 * not counted; the platform's own {@code activities} and {@code residents} agree with the registers.
 */
@ExtendWith(ArquillianExtension.class)
class MetricKindsIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final Set<String> HOPES_STREETS = Set.of("140106005000", Fixtures.STREET_YINGZE);
    static final Set<String> STREETS = Set.of(ProbeOperators.STREET_1, ProbeOperators.STREET_2);

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(MetricKindsIT.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantWork work;

    @Inject
    MetricFigures figures;

    @Inject
    ContractProgress progress;

    @Inject
    ContractRepository contracts;

    @Inject
    ActivityRegistry activities;

    @Inject
    ResidentRegistry residents;

    @Inject
    MetricLabels labels;

    // the stations' day (Asia/Shanghai), as the product counts it: the server's UTC date is a day behind from 16:00 UTC
    final LocalDate today = LocalDate.now(ClockProducer.STATION_ZONE);
    TenantId first;
    TenantId second;

    @BeforeEach
    void operators() throws Exception {
        first = ProbeOperators.ensure(provisioning, "it-meta", "指标测试甲", "\"probe\"",
                d -> d.replace("\"activities\": 90,", "\"probe.share\": 50, \"activities\": 90,"));
        second = ProbeOperators.ensure(provisioning, "it-metb", "指标测试乙", "\"probe\"");
        // 柳巷: 1 of 1 enrolled reached; 庙前: 1 of 9. The second operator: 5 of 5 at 柳巷.
        ProbeFigures.set(first, "persons", ProbeOperators.STREET_1, 1);
        ProbeFigures.set(first, "enrolled", ProbeOperators.STREET_1, 1);
        ProbeFigures.set(first, "persons", ProbeOperators.STREET_2, 1);
        ProbeFigures.set(first, "enrolled", ProbeOperators.STREET_2, 9);
        ProbeFigures.set(second, "persons", ProbeOperators.STREET_1, 5);
        ProbeFigures.set(second, "enrolled", ProbeOperators.STREET_1, 5);
    }

    @Test
    void aRatioIsAnsweredPerStreetAndItsTotalIsTheRatioOfTheSums() {
        Map<String, Figure> perStreet = as(first, () -> figures.perStreet("probe.share", STREETS, today.minusMonths(1), today))
                .orElseThrow();
        assertEquals(100, perStreet.get(ProbeOperators.STREET_1).value());
        assertEquals(11, perStreet.get(ProbeOperators.STREET_2).value());
        Figure total = as(first, () -> figures.total("probe.share", STREETS, today.minusMonths(1), today)).orElseThrow();
        assertEquals(MetricKind.RATIO, total.kind());
        assertEquals(20, total.value(), "2 of 10, not the mean of 100% and 11%");

        assertEquals(10, as(first, () -> figures.total("probe.enrolled", STREETS, today, today)).orElseThrow().value());
        assertEquals(MetricKind.DISTINCT_PERSONS_IN_PERIOD,
                as(first, () -> figures.total("probe.persons", STREETS, today, today)).orElseThrow().kind());
        assertEquals(100, as(second, () -> figures.total("probe.share", STREETS, today, today)).orElseThrow().value(),
                "the second operator's counters answer its own figures");
        assertEquals(0, as(second, () -> figures.perStreet("probe.share", STREETS, today, today)).orElseThrow()
                .get(ProbeOperators.STREET_2).value(), "a street with nothing counted is there, at zero");
        assertTrue(as(HOPE, () -> figures.total("probe.share", STREETS, today, today)).isEmpty(), "hope has no probe");
    }

    @Test
    void aContractTargetOnARatioIsMeasuredInPercentAndOneNoModuleCountsStaysNotCounted() {
        var targets = as(first, () -> progress.of(contracts.findByNumber("IT-META-002").orElseThrow(), today));
        TargetProgress share = targets.stream().filter(t -> t.metric().equals("probe.share")).findFirst().orElseThrow();
        assertEquals(100L, share.counted(), "柳巷 alone: 1 of 1");
        assertEquals(200, share.percentOfTarget());
        TargetProgress cases = targets.stream().filter(t -> t.metric().equals("childprotection.cases")).findFirst().orElseThrow();
        assertNull(cases.counted(), "child protection is off for this operator: its target is not counted, never 0");
        assertEquals("个案数（接案）", labels.of("childprotection.cases"), "named by the module that counts it");
        assertEquals("已完成走访", labels.of("eldercare.visits-done"));
        assertEquals("已完成活动", labels.of("activities"));
    }

    @Test
    void thePlatformsOwnMetricsAgreeWithItsRegisters() {
        LocalDate from = today.minusYears(1);
        Map<String, Figure> done = as(HOPE, () -> figures.perStreet("activities", HOPES_STREETS, from, today)).orElseThrow();
        assertEquals(HOPES_STREETS, done.keySet());
        assertEquals((long) as(HOPE, () -> activities.countDone(HOPES_STREETS, from, today)),
                done.values().stream().mapToLong(Figure::value).sum());
        assertEquals((long) as(HOPE, () -> residents.countInStreets(HOPES_STREETS)),
                as(HOPE, () -> figures.total("residents", HOPES_STREETS, from, today)).orElseThrow().value(),
                "on the register at the end of today: everyone registered and not removed");
        assertEquals(0L, as(HOPE, () -> figures.total("residents", HOPES_STREETS, from, LocalDate.of(2000, 1, 1))).orElseThrow().value(),
                "a snapshot before anyone was registered");
    }

    private <T> T as(TenantId tenant, Callable<T> call) {
        return work.call(tenant, "it-metrics", call);
    }
}
