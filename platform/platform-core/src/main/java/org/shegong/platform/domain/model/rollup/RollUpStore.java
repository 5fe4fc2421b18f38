package org.shegong.platform.domain.model.rollup;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where roll-ups are kept: a global table (aggregates of every operator, read across operators by
 * civil affairs), written only by the roll-up refresh of the operator they belong to.
 */
public interface RollUpStore {

    /** Writes these rows over the same (operator, street, metric, window) rows. */
    void put(Collection<RollUpRow> rows);

    /** Forgets every row of an operator (before a full rebuild, in the same transaction). */
    void clear(String tenant);

    /** The rows of these streets whose window starts within {@code from}..{@code to}, of every operator. */
    List<RollUpRow> rowsOf(Set<String> streets, YearMonth from, YearMonth to);

    /** Notes that an operator's figures of a street for a month changed (an event), for the next refresh. */
    void changed(String tenant, String street, YearMonth month);

    /** The changes noted for an operator, removed as they are handed out (restored if the transaction rolls back). */
    Map<String, Set<YearMonth>> takeChanges(String tenant);

    /** Records that an operator's roll-ups were refreshed now (fully or from its changes). */
    void refreshed(String tenant, boolean full);

    /** When an operator's roll-ups were last rebuilt in full; empty if never. */
    Optional<Instant> lastFull(String tenant);

    /** When the oldest of these operators' roll-ups were last refreshed; empty if one never was. */
    Optional<Instant> lastRefreshed(Set<String> tenants);
}
