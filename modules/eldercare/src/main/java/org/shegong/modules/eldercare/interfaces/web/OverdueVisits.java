package org.shegong.modules.eldercare.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.identity.SignedIn;

/**
 * 应访未访 of a set of stations: the full list, and per social worker (by name). Backs the overdue
 * page (the switcher's choice) and the panel on the station's start page (the stations the slot
 * hands it as {@code stationCodes}).
 *
 * <p>Answers are kept per set of stations, never as one list for the request: on the switcher's
 * form post, tables and repeats read their lists while decoding, before the new choice is stored,
 * and a single cached list kept showing every station after one was chosen.
 */
@Named
@RequestScoped
public class OverdueVisits {

    /** The overdue visits of some stations, worst first, and how many each worker has. */
    public record Overdue(List<DueVisit> list, Map<String, Long> byWorker) {

        public int count() {
            return list.size();
        }

        /** The first five, for the start page; the full list is a click away. */
        public List<DueVisit> mostOverdue() {
            return list.stream().limit(5).toList();
        }

        public List<Map.Entry<String, Long>> workerCounts() {
            return List.copyOf(byWorker.entrySet());
        }
    }

    @Inject
    VisitLog visits;

    @Inject
    SignedIn signedIn;

    @Inject
    StaffCards staff;

    private final Map<Set<String>, Overdue> byStations = new HashMap<>();
    private Map<String, String> names;

    /** 应访未访 at these stations (only those of mine count). */
    public Overdue at(Set<String> stationCodes) {
        return byStations.computeIfAbsent(Set.copyOf(stationCodes), codes -> {
            List<DueVisit> list = visits.overdue(codes);
            Map<String, Long> byWorker = list.stream().collect(Collectors.groupingBy(d -> workerName(d.worker()),
                    TreeMap::new, Collectors.counting()));
            return new Overdue(list, byWorker);
        });
    }

    /** 应访未访 at the stations the switcher shows now. */
    public Overdue getShown() {
        return at(signedIn.selectedStationCodes());
    }

    public List<DueVisit> getList() {
        return getShown().list();
    }

    public int getCount() {
        return getShown().count();
    }

    /** "共 3 项" in the page's language. */
    public String getCountText() {
        return Messages.text("overdue.count", getCount());
    }

    public List<Map.Entry<String, Long>> getWorkerCounts() {
        return getShown().workerCounts();
    }

    /**
     * A worker by their name: my stations' staff first, then the operator's whole staff (a colleague
     * of another station may be responsible for an elder here); the login only if no staff has it.
     */
    public String workerName(String login) {
        if (names == null) {
            names = staff.atStations(signedIn.stationCodes()).stream().filter(c -> c.username() != null && !c.username().isBlank())
                    .collect(Collectors.toMap(StaffCard::username, StaffCard::name, (a, b) -> a));
        }
        return names.computeIfAbsent(login, l -> staff.nameOf(l).orElse(l));
    }

    public String stationName(String streetCode) {
        return signedIn.stationName(streetCode);
    }
}
