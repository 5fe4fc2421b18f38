package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.stations.RegionOverview;
import org.shegong.platform.application.stations.RegionOverview.StationCounts;

/** Civil affairs: the stations of my region with their operators and counts; no personal record. */
@Named
@RequestScoped
public class RegionStations {

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    RegionOverview overview;

    private List<StationCounts> lines;

    public List<StationCounts> getStations() {
        if (lines == null) {
            Identity identity = currentIdentity.require();
            Access.REGION.check(identity);
            lines = overview.stationsIn(identity.region().orElseThrow());
        }
        return lines;
    }
}
