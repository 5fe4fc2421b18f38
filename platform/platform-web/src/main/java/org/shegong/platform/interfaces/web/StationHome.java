package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.residents.ResidentRegistry;

/**
 * The station's start page (工作台): the day's figures for the stations shown, and what the modules
 * switched on put in front of the staff (e.g. visits due and overdue).
 */
@Named
@RequestScoped
public class StationHome {

    @Inject
    StationSelection selection;

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    Clock clock;

    public long getResidentCount() {
        return residents.countInStreets(selection.streets());
    }

    /** Activities done since the first of this month. */
    public long getDoneThisMonth() {
        LocalDate today = LocalDate.now(clock);
        return activities.countDone(selection.streets(), today.withDayOfMonth(1), today);
    }

    /**
     * Which station the figures are for: its name when one is shown (the switcher's choice, or the
     * person's only station), else empty, and the page says "all my stations".
     */
    public String getStationName() {
        var shown = selection.streets();
        var stations = selection.getStations().stream().filter(s -> shown.contains(s.getStreet().getCode())).toList();
        return stations.size() == 1 ? stations.get(0).getName() : "";
    }

    public int getStationCount() {
        return selection.getStations().size();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
