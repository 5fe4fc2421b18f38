package org.shegong.platform.application.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.metrics.Figure;
import org.shegong.platform.application.metrics.MetricFigures;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.Pace;
import org.shegong.platform.domain.model.contract.Target;

/**
 * Live progress of a contract's targets: for each target, what the metric's module counts at the
 * contract's station in the current contract year, against the target and the share of the year
 * gone. Counting happens inside the contract's operator only; a ratio target (e.g. a coverage
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
        LocalDate yearStarts = contractYearStart(contract, today);
        LocalDate yearEnds = yearStarts.plusYears(1).minusDays(1);
        if (yearEnds.isAfter(contract.getEndsOn())) {
            yearEnds = contract.getEndsOn();
        }
        LocalDate countUntil = today.isBefore(yearEnds) ? today : yearEnds;
        long yearDays = ChronoUnit.DAYS.between(yearStarts, yearEnds) + 1;
        long elapsed = Math.max(0, Math.min(yearDays, ChronoUnit.DAYS.between(yearStarts, countUntil) + 1));
        int percentOfYear = (int) (elapsed * 100 / yearDays);
        Set<String> street = Set.of(contract.getStation().getStreet().getCode());
        LocalDate from = yearStarts;
        LocalDate to = countUntil;
        LocalDate end = yearEnds;
        return contract.getTargets().stream().map(target -> {
            Optional<Figure> figure = figures.total(target.getMetric().code(), street, from, to);
            Long counted = figure.map(Figure::value).orElse(null);
            long expected = figure.filter(Figure::isRatio).isPresent() ? Pace.expectedShare(target.getPerYear())
                    : Pace.expected(target.getPerYear(), elapsed, yearDays);
            return new TargetProgress(target.getMetric().code(), target.getPerYear(), counted, from, end,
                    percent(counted, target), percentOfYear, expected);
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
        LocalDate yearStarts = contractYearStart(contract, today);
        LocalDate yearEnds = yearStarts.plusYears(1).minusDays(1);
        if (yearEnds.isAfter(contract.getEndsOn())) {
            yearEnds = contract.getEndsOn();
        }
        LocalDate until = today.isBefore(yearEnds) ? today : yearEnds;
        long yearDays = ChronoUnit.DAYS.between(yearStarts, yearEnds) + 1;
        Set<String> street = Set.of(contract.getStation().getStreet().getCode());
        List<BurnUpPoint> points = new java.util.ArrayList<>();
        for (LocalDate day = yearStarts.plusMonths(1).minusDays(1); ; day = day.plusDays(1).plusMonths(1).minusDays(1)) {
            LocalDate at = day.isAfter(until) ? until : day;
            long elapsed = ChronoUnit.DAYS.between(yearStarts, at) + 1;
            points.add(new BurnUpPoint(at, figures.total(metricCode, street, yearStarts, at).map(Figure::value).orElse(0L),
                    (int) Pace.expected(target.getPerYear(), elapsed, yearDays)));
            if (!at.isBefore(until)) {
                break;
            }
        }
        return points;
    }

    /** One point of a burn-up: the count on a day, and where a steady pace would be by then. */
    public record BurnUpPoint(LocalDate day, long counted, int steadyPace) {
    }

    /** The anniversary of the contract's start on or before today (its first day before it starts). */
    static LocalDate contractYearStart(Contract contract, LocalDate today) {
        LocalDate start = contract.getStartsOn();
        if (!today.isAfter(start)) {
            return start;
        }
        LocalDate clamped = today.isAfter(contract.getEndsOn()) ? contract.getEndsOn() : today;
        long years = ChronoUnit.YEARS.between(start, clamped);
        return start.plusYears(years);
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
