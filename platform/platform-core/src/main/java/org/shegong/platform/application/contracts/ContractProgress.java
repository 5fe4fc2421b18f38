package org.shegong.platform.application.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.Target;

/**
 * Live progress of a contract's targets: for each target, what the metric's module counts at the
 * contract's station in the current contract year, against the target and the share of the year
 * gone. Counting happens inside the contract's operator only.
 */
@ApplicationScoped
public class ContractProgress {

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenantContext;

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
        Map<String, MetricDefinition> metrics = modules.metricsFor(Optional.of(tenant));
        return contract.getTargets().stream().map(target -> {
            Optional<MetricDefinition> metric = Optional.ofNullable(metrics.get(target.getMetric().code()));
            Long counted = metric.map(m -> m.counter().count(street, from, to)).orElse(null);
            return new TargetProgress(target.getMetric().code(), target.getPerYear(), counted, from, end,
                    percent(counted, target), percentOfYear);
        }).toList();
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
