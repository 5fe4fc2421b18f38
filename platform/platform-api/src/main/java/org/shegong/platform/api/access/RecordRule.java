package org.shegong.platform.api.access;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;

/**
 * Who may see a module's record, declared once and obeyed by every query of it — lists, searches,
 * counts and exports as well as the look-up by id, which is where such rules are usually forgotten.
 * A record is visible to a person when it is kept at one of their stations ({@link SignedIn#stationCodes()})
 * <b>and</b> either they hold a role that sees the whole station (by default the station lead) or
 * they are one of its assigned workers (the staff id in one of the assignee attributes equals
 * {@link SignedIn#staffId()}). Anyone else sees nothing, and a record they ask for by id is "not
 * found".
 *
 * <p>The module names its entity's attributes; the rule yields a Criteria predicate
 * ({@link #visibleTo(SignedIn, CriteriaBuilder, Path)}), a JPQL condition with its parameters
 * ({@link #jpql(SignedIn, String)}) or a decision on one loaded record ({@link #allows}). The tenant
 * is not part of it: EclipseLink adds that to every query already.
 *
 * @param streetAttribute    the attribute holding the street code of the serving station
 * @param assigneeAttributes attributes holding the staff id of an assigned worker (e.g. main and second worker)
 * @param wholeStationRoles  roles that see every record of their stations
 */
public record RecordRule(String streetAttribute, List<String> assigneeAttributes, Set<Role> wholeStationRoles) {

    public RecordRule {
        Objects.requireNonNull(streetAttribute, "streetAttribute");
        assigneeAttributes = List.copyOf(assigneeAttributes);
        wholeStationRoles = Set.copyOf(wholeStationRoles);
    }

    /** "Visible to its assigned workers and the station lead" — the usual rule for case work. */
    public static RecordRule assignedWorkersAndStationLead(String streetAttribute, String... assigneeAttributes) {
        return new RecordRule(streetAttribute, List.of(assigneeAttributes), Set.of(Role.STATION_LEAD));
    }

    /** Whether the person may see a record kept at that street, assigned to these staff ids. */
    public boolean allows(SignedIn who, String streetCode, Long... assignees) {
        if (streetCode == null || !who.stationCodes().contains(streetCode)) {
            return false;
        }
        if (seesWholeStation(who)) {
            return true;
        }
        Optional<Long> me = who.staffId();
        // Assignee slots may be empty (null): Arrays.asList, unlike List.of, takes them.
        return me.isPresent() && java.util.Arrays.asList(assignees).contains(me.get());
    }

    /** The rule as a Criteria predicate on the record's root (or join). */
    public Predicate visibleTo(SignedIn who, CriteriaBuilder cb, Path<?> record) {
        Set<String> stations = who.stationCodes();
        if (stations.isEmpty()) {
            return cb.disjunction();
        }
        Predicate atMyStations = record.get(streetAttribute).in(stations);
        if (seesWholeStation(who)) {
            return atMyStations;
        }
        Optional<Long> me = who.staffId();
        if (me.isEmpty() || assigneeAttributes.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> assigned = new ArrayList<>();
        for (String attribute : assigneeAttributes) {
            assigned.add(cb.equal(record.get(attribute), me.get()));
        }
        return cb.and(atMyStations, cb.or(assigned.toArray(Predicate[]::new)));
    }

    /**
     * The rule as a JPQL condition on the alias, e.g. {@code "c.streetCode in :rr_streets and
     * (c.worker = :rr_staff)"}, with its parameters: add it to the query's {@code where} and
     * {@link Clause#bind} the query.
     */
    public Clause jpql(SignedIn who, String alias) {
        String street = alias + "." + streetAttribute;
        Set<String> stations = who.stationCodes();
        Optional<Long> me = who.staffId();
        boolean whole = seesWholeStation(who);
        if (stations.isEmpty() || (!whole && (me.isEmpty() || assigneeAttributes.isEmpty()))) {
            // Always false, and valid JPQL for any attribute type.
            return new Clause("(" + street + " is null and " + street + " is not null)", Map.of());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("rr_streets", stations);
        StringBuilder where = new StringBuilder("(").append(street).append(" in :rr_streets");
        if (!whole) {
            parameters.put("rr_staff", me.get());
            where.append(" and (");
            for (int i = 0; i < assigneeAttributes.size(); i++) {
                where.append(i == 0 ? "" : " or ").append(alias).append('.').append(assigneeAttributes.get(i)).append(" = :rr_staff");
            }
            where.append(')');
        }
        return new Clause(where.append(')').toString(), parameters);
    }

    private boolean seesWholeStation(SignedIn who) {
        return wholeStationRoles.stream().anyMatch(who::has);
    }

    /** A JPQL condition and the parameters it names. */
    public record Clause(String where, Map<String, Object> parameters) {

        public Clause {
            parameters = Map.copyOf(parameters);
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
