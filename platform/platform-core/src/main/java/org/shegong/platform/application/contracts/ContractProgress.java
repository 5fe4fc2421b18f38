package org.shegong.platform.application.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.metrics.Figure;
import org.shegong.platform.application.metrics.MetricFigures;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractPace;
import org.shegong.platform.domain.model.contract.Target;

/**
 * Live progress of a contract's targets: for each target, what the metric's module counts at the
 * contract's station in the current contract year, against the target and the share of the year
 * gone, and the steady pace ({@link ContractPace}). Counting happens inside the contract's operator only; a ratio target (e.g. a coverage
 * share) is measured in whole percent of the station's parts.
 */
@ApplicationScoped
public class ContractProgress {

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenantContext;

    @Inject
    MetricFigures figures;

    /** Must run as the contract's operator: another tenant's contract is refused. */
    public List<TargetProgress> of(Contract contract, LocalDate today) {
        TenantId tenant = tenantContext.require();
        if (!contract.getOperator().tenantId().equals(tenant)) {
            throw new IllegalArgumentException("contract " + contract.getNumber() + " is not held by " + tenant);
        }
        ContractPace pace = ContractPace.yearOf(contract, today);
        LocalDate from = pace.yearStarts();
        LocalDate to = pace.countUntil(today);
        int percentOfYear = pace.percentOfYearElapsed(today);
        Set<String> street = Set.of(contract.getStation().getStreet().getCode());
        return contract.getTargets().stream().map(target -> {
            Long counted = figures.total(target.getMetric().code(), street, from, to).map(Figure::value).orElse(null);
            int perYear = target.getPerYear();
            return new TargetProgress(target.getMetric().code(), perYear, counted, from, pace.yearEnds(),
                    percent(counted, target), percentOfYear, pace.expectedBy(perYear, today),
                    counted != null && pace.isBehind(counted, perYear, today));
        }).toList();
    }

    /**
     * The burn-up of one target over the current contract year: at the end of each month so far
     * (and today), the count since the year began, beside the straight line to the target. Runs as
     * the contract's operator, like {@link #of}.
     */
    public List<BurnUpPoint> burnUp(Contract contract, String metricCode, LocalDate today) {
        TenantId tenant = tenantContext.require();
        if (!contract.getOperator().tenantId().equals(tenant)) {
            throw new IllegalArgumentException("contract " + contract.getNumber() + " is not held by " + tenant);
        }
        boolean counted = modules.metricsFor(Optional.of(tenant)).containsKey(metricCode);
        Target target = contract.getTargets().stream().filter(t -> t.getMetric().code().equals(metricCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contract " + contract.getNumber() + " has no target " + metricCode));
        if (!counted) {
            return List.of();
        }
        ContractPace pace = ContractPace.yearOf(contract, today);
        LocalDate yearStarts = pace.yearStarts();
        LocalDate until = pace.countUntil(today);
        Set<String> street = Set.of(contract.getStation().getStreet().getCode());
        List<BurnUpPoint> points = new java.util.ArrayList<>();
        for (LocalDate day = yearStarts.plusMonths(1).minusDays(1); ; day = day.plusDays(1).plusMonths(1).minusDays(1)) {
            LocalDate at = day.isAfter(until) ? until : day;
            points.add(new BurnUpPoint(at, figures.total(metricCode, street, yearStarts, at).map(Figure::value).orElse(0L),
                    pace.expectedBy(target.getPerYear(), at)));
            if (!at.isBefore(until)) {
                break;
            }
        }
        return points;
    }

    /** One point of a burn-up: the count on a day, and where a steady pace would be by then. */
    public record BurnUpPoint(LocalDate day, long counted, int steadyPace) {
    }

    private static int percent(Long counted, Target target) {
        if (counted == null) {
            return 0;
        }
        if (target.getPerYear() == 0) {
            return 100;
        }
        return (int) Math.min(999, counted * 100 / target.getPerYear());
    }
}
