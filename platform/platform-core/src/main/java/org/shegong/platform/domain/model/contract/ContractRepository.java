package org.shegong.platform.domain.model.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.station.Station;

public interface ContractRepository {

    Optional<Contract> findByNumber(String number);

    List<Contract> heldBy(TenantId operator);

    /**
     * The contract for the station in force on that day, if any: of two in force (provisioning does not
     * refuse an overlap), the latest started, and of those started on one day the latest made — always
     * the same one, so every page and dashboard names the same operator for the street.
     */
    Optional<Contract> inForce(Station station, LocalDate day);

    /**
     * The contracts in force on that day at the stations of these streets, one per street (the latest
     * started, as {@link #inForce}), keyed by street code: one query for a whole region.
     */
    java.util.Map<String, Contract> inForceAt(java.util.Set<String> streetCodes, LocalDate day);

    /**
     * The contracts at the station, of any operator, whose term shares at least one day with
     * {@code from}–{@code to} (both included), earliest first: what a new contract there must not overlap.
     */
    List<Contract> overlapping(Station station, LocalDate from, LocalDate to);

    void store(Contract contract);
}
