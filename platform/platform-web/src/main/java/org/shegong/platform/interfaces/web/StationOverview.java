package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shegong.platform.application.stations.StationDirectory;
import org.shegong.platform.application.stations.StationSummary;

/** The public start page: which operator runs which station. No personal record appears here. */
@Named
@RequestScoped
public class StationOverview {

    @Inject
    StationDirectory directory;

    @Inject
    Clock clock;

    private List<StationSummary> stations;

    public List<StationSummary> getStations() {
        if (stations == null) {
            stations = directory.summaries(LocalDate.now(clock));
        }
        return stations;
    }
}
