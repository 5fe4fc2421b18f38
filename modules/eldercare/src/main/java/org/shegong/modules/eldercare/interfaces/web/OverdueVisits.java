package org.shegong.modules.eldercare.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.platform.api.identity.SignedIn;

/**
 * 应访未访 of the stations the pages show now (the station switcher's choice): the full list, and
 * per social worker. Backs the overdue page and the panel on the station's start page.
 */
@Named
@RequestScoped
public class OverdueVisits {

    @Inject
    VisitLog visits;

    @Inject
    SignedIn signedIn;

    private List<DueVisit> overdue;

    public List<DueVisit> getList() {
        if (overdue == null) {
            overdue = visits.overdue(signedIn.selectedStationCodes());
        }
        return overdue;
    }

    public int getCount() {
        return getList().size();
    }

    /** The first five, for the start page; the full list is a click away. */
    public List<DueVisit> getMostOverdue() {
        return getList().stream().limit(5).toList();
    }

    /** Worker login → how many of their visits are overdue. */
    public Map<String, Long> getByWorker() {
        return getList().stream().collect(Collectors.groupingBy(DueVisit::worker, TreeMap::new, Collectors.counting()));
    }

    public List<Map.Entry<String, Long>> getWorkerCounts() {
        return List.copyOf(getByWorker().entrySet());
    }
}
