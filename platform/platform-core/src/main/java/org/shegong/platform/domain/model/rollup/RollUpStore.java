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

    /** The operator of a region row: every operator's figures added up. */
    String ALL_OPERATORS = "*";

    /**
     * Writes these rows over the same (operator, street, metric, window) rows, and adds each changed
     * figure's difference to the region rows of its street and of every region above it, in one
     * transaction (the caller's, or its own).
     */
    void put(Collection<RollUpRow> rows);

    /**
     * An operator's rows are now exactly these (a full rebuild): written like {@link #put}, and every
     * other row of the operator removed, its figure taken off the region rows.
     */
    void replace(String tenant, Collection<RollUpRow> rows);

    /** Forgets every row of an operator, taking its figures off the region rows. */
    void clear(String tenant);

    /** Forgets an operator's rows of these metrics (a module switched off), taking them off the region rows. */
    void forget(String tenant, Set<String> metrics);

    /** The rows of these streets whose window starts within {@code from}..{@code to}, of every operator. */
    List<RollUpRow> rowsOf(Set<String> streets, YearMonth from, YearMonth to);

    /** The same, of one operator only. */
    List<RollUpRow> rowsOf(String tenant, Set<String> streets, YearMonth from, YearMonth to);

    /**
     * The pre-summed rows of these regions (any level, a street included) whose window starts within
     * {@code from}..{@code to}: every operator added up, tenant {@link #ALL_OPERATORS}, the region's
     * code as the street. O(regions x months x metrics) rows.
     */
    List<RollUpRow> regionRows(Set<String> regions, YearMonth from, YearMonth to);

    /** When the oldest roll-ups of the operators with figures in a region were refreshed; empty if one never was or none has any. */
    Optional<Instant> lastRefreshedIn(String region);

    /** The operator's next refresh must be a full rebuild (a module switched on counts from its first month). */
    void needsFull(String tenant);

    /** Notes that an operator's figures of a street for a month changed (an event), for the next refresh. */
    void changed(String tenant, String street, YearMonth month);

    /** As {@link #changed(String, String, YearMonth)} for many months of a street at once (a back-dated registration: one batch, not a statement per month). */
    void changed(String tenant, String street, java.util.Collection<YearMonth> months);

    /** The changes noted for an operator, removed as they are handed out (restored if the transaction rolls back). */
    Map<String, Set<YearMonth>> takeChanges(String tenant);

    /** Records that an operator's roll-ups were refreshed now (fully or from its changes). */
    void refreshed(String tenant, boolean full);

    /** When an operator's roll-ups were last rebuilt in full; empty if never. */
    Optional<Instant> lastFull(String tenant);

    /** When the oldest of these operators' roll-ups were last refreshed; empty if one never was. */
    Optional<Instant> lastRefreshed(Set<String> tenants);
}
