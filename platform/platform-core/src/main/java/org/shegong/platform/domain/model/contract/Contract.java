package org.shegong.platform.domain.model.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.platform.api.persistence.AuditedEntity;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.tenant.Tenant;

/**
 * A service contract (服务合同): the government hands one street's station to one operator for a
 * period, with targets. Contracts are the platform's record of who may serve which street, so they
 * are global, kept by the platform, and read by an operator only through its own tenant id.
 *
 * <p>Invariant: the period ends on or after it starts; a metric has at most one target. A contract made
 * by hand does not share a day with another at the same station ({@link #refuseOverlapWith}).
 */
@Entity
@Table(name = "contract")
public class Contract extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tenant_id", nullable = false)
    private Tenant operator;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id", nullable = false)
    private Station station;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_target", joinColumns = @JoinColumn(name = "contract_id"))
    private List<Target> targets = new ArrayList<>();

    protected Contract() {
    }

    public Contract(String number, Tenant operator, Station station) {
        this.number = Objects.requireNonNull(number, "number");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.station = Objects.requireNonNull(station, "station");
    }

    public void setTerms(LocalDate startsOn, LocalDate endsOn, Collection<Target> targets) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("contract " + number + " must end on or after it starts");
        }
        long distinct = targets.stream().map(Target::getMetric).distinct().count();
        if (distinct != targets.size()) {
            throw new IllegalArgumentException("contract " + number + " names a metric twice");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        if (!new HashSet<>(this.targets).equals(new HashSet<>(targets))) {
            this.targets.clear();
            this.targets.addAll(targets);
        }
    }

    /**
     * Refuses these terms when they share a day with {@code other}'s at the same station, whoever holds
     * it (this operator too): two contracts in force at one street leave every page and dashboard to
     * guess which operator serves it. The reason names the other contract, its operator and its term.
     */
    public void refuseOverlapWith(Contract other) {
        if (other == this || other.number.equals(number) || !station.isSame(other.station)
                || other.endsOn.isBefore(startsOn) || other.startsOn.isAfter(endsOn)) {
            return;
        }
        throw new org.shegong.platform.api.records.Refusal("contract.refused.overlap", other.number, other.operator.getName(),
                other.startsOn.toString(), other.endsOn.toString());
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /**
     * The term cut short at {@code lastDay} (the contract ends early): not before it starts, and never
     * later than agreed — ending is not extending.
     */
    public LocalDate earlyEnd(LocalDate lastDay) {
        if (lastDay == null || lastDay.isBefore(startsOn) || lastDay.isAfter(endsOn)) {
            throw new org.shegong.platform.api.records.Refusal("contract.refused.endWithin", startsOn.toString(), endsOn.toString());
        }
        return lastDay;
    }

    public Optional<Target> targetFor(Metric metric) {
        return targets.stream().filter(t -> t.getMetric().equals(metric)).findFirst();
    }

    public String getNumber() {
        return number;
    }

    public Tenant getOperator() {
        return operator;
    }

    public Station getStation() {
        return station;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<Target> getTargets() {
        return List.copyOf(targets);
    }
}
