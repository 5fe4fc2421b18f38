package org.shegong.platform.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReportQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * JPQL report queries (rows of values, counts) whose SQL EclipseLink generates once, not on every
 * execution.
 *
 * <p>Why: EclipseLink keeps each parsed JPQL query prepared (its SQL generated) in its parse cache,
 * but a copy of a report query comes out unprepared ({@code ReportQuery.clone()} re-adds its select
 * items through {@code addItem}, which marks the query unprepared), and JPA's {@code Query} works on a
 * copy as soon as a parameter or a page is set. So the residents list's rows and count were prepared
 * again on every call: 18 % of the list page's CPU in a flight recording, 44 % for the search's shape
 * (docs/BENCHMARKS.md, figures 3 and 4). Here a query is prepared once per persistence unit and JPQL
 * text — for pages with its limit, which on MySQL/MariaDB is {@code LIMIT ?, ?} with the offset and
 * size bound as values — and each call runs a copy marked prepared again: the copy has the same
 * SQL, it only lost the mark. Where EclipseLink must still adapt the SQL to the values (a null
 * argument), it prepares the execution copy itself, as for any query.
 *
 * <p>Outside a transaction (the lists' reads), a query of values only runs read-only
 * ({@code ObjectLevelReadQuery.setIsReadOnly}, public EclipseLink API): EclipseLink's JPA query then
 * executes it on the EntityManager's client session, acquired with the EntityManager's properties
 * (the tenant among them), instead of creating a unit of work for it — which registers nothing for a
 * report of values anyway. That unit of work, its creation and the query's execution through it were
 * ≈5–10 % of the list page's CPU (figure 3). In a transaction the copy is not read-only: JPA flushes
 * pending changes before a query, but EclipseLink skips that flush for a read-only one.
 *
 * <p>The tenant predicate stays EclipseLink's: like the entries of its own parse cache, a prepared
 * query is shared by all tenants and {@code tenant_id = ?} is bound at execution from the executing
 * EntityManager's tenant (the benchmark checks two tenants' pages against hand-written SQL). JPQL
 * that is not a report query, a database whose limit is not a bound value, and more than
 * {@link #MAX_SHAPES} texts fall back to the plain query.
 *
 * <p>EclipseLink beyond JPA used here, and why: {@code JpaEntityManager.createQuery(DatabaseQuery)} and
 * {@code ReportQuery} (public EclipseLink API) to run the prepared copy; {@code
 * DatabaseQuery.setIsPrepared} (marked INTERNAL) to keep the copy's SQL; the report items'
 * {@code getDescriptor()} read by reflection ({@link #valuesOnly}), because their class is in an
 * internal package Liberty hides from applications. An EclipseLink upgrade must re-run figures 3
 * and 4 and the residents ITs.
 */
final class PreparedReportQueries {

    /** JPQL texts kept per unit: the lists build their JPQL from a fixed set of criteria and sorts. */
    static final int MAX_SHAPES = 256;

    /** Per EclipseLink server session (one per deployed persistence unit), so a redeploy starts afresh. */
    private static final Map<Object, Map<String, ReportQuery>> BY_UNIT = Collections.synchronizedMap(new WeakHashMap<>());

    private PreparedReportQueries() {
    }

    /** The query for rows {@code first} to {@code first + max}; parameters are set by the caller. */
    static Query page(EntityManager em, String jpql, int first, int max) {
        if (first < 0 || max <= 0 || max > Integer.MAX_VALUE - first) {
            return em.createQuery(jpql).setFirstResult(first).setMaxResults(max);
        }
        JpaEntityManager eclipseLink = em.unwrap(JpaEntityManager.class);
        ReportQuery prepared = prepared(em, eclipseLink, jpql, true);
        if (prepared == null) {
            return em.createQuery(jpql).setFirstResult(first).setMaxResults(max);
        }
        ReportQuery copy = copy(em, prepared);
        copy.setFirstResult(first);
        copy.setMaxRows(first + max);
        return copy.isPrepared() ? eclipseLink.createQuery(copy) : em.createQuery(jpql).setFirstResult(first).setMaxResults(max);
    }

    /** The query for all its rows (a count); parameters are set by the caller. */
    static Query all(EntityManager em, String jpql) {
        JpaEntityManager eclipseLink = em.unwrap(JpaEntityManager.class);
        ReportQuery prepared = prepared(em, eclipseLink, jpql, false);
        return prepared == null ? em.createQuery(jpql) : eclipseLink.createQuery(copy(em, prepared));
    }

    private static ReportQuery copy(EntityManager em, ReportQuery prepared) {
        ReportQuery copy = (ReportQuery) prepared.clone();
        copy.setIsPrepared(true);
        if (copy.isReadOnly() && em.isJoinedToTransaction()) {
            // In a transaction the query must see the unit of work's pending changes: JPA flushes them
            // before a query, but not before a read-only one, so here it runs as any query does.
            copy.setIsReadOnly(false);
        }
        return copy;
    }

    /**
     * True if no item of the prepared query builds an entity (each is an attribute's value or an
     * aggregate). A report item is EclipseLink-internal ({@code internal.queries.ReportItem}, which
     * Liberty does not show to applications), so its public {@code getDescriptor()} — set for an item
     * that builds objects of a descriptor — is read by reflection; anything unexpected says no.
     */
    static boolean valuesOnly(ReportQuery query) {
        try {
            List<?> items = query.getItems(); // as List<?>: no reference to the item's class in this code
            for (Object item : items) {
                if (item.getClass().getMethod("getDescriptor").invoke(item) != null) {
                    return false;
                }
            }
            return !items.isEmpty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static ReportQuery prepared(EntityManager em, JpaEntityManager eclipseLink, String jpql, boolean paged) {
        Map<String, ReportQuery> unit = BY_UNIT.computeIfAbsent(eclipseLink.getServerSession(), s -> new ConcurrentHashMap<>());
        String key = (paged ? "page:" : "all:") + jpql;
        ReportQuery query = unit.get(key);
        if (query != null || unit.size() >= MAX_SHAPES) {
            return query;
        }
        // Our own copy: unwrap hands out the parse cache's shared query itself.
        DatabaseQuery parsed = em.createQuery(jpql).unwrap(DatabaseQuery.class);
        if (!(parsed instanceof ReportQuery)) {
            return null;
        }
        query = (ReportQuery) parsed.clone();
        if (paged) {
            // Any limit makes the platform print its limit clause; the values are bound per call.
            query.setFirstResult(1);
            query.setMaxRows(2);
        }
        query.prepareCall(eclipseLink.getActiveSession(), new DatabaseRecord());
        if (valuesOnly(query)) {
            // Nothing for the unit of work to register or track.
            query.setIsReadOnly(true);
        }
        if (paged) {
            // Only where another page keeps the same SQL (the limit is bound, not printed).
            ReportQuery probe = copy(em, query);
            probe.setFirstResult(40);
            probe.setMaxRows(60);
            if (!probe.isPrepared()) {
                return null;
            }
        }
        ReportQuery raced = unit.putIfAbsent(key, query);
        return raced == null ? query : raced;
    }
}
