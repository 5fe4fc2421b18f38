package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import java.util.Set;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.domain.model.station.Station;

/**
 * The station switcher: which of my stations the pages show, or all of them. The choice is only
 * ever narrowed to stations the person works in; an unknown choice means "all of mine".
 */
@Named
@SessionScoped
public class StationSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentIdentity currentIdentity;

    @Inject
    transient MyStations myStations;

    @Inject
    transient RegionRepository regions;

    private String streetCode = "";

    public List<Station> getStations() {
        return currentIdentity.get().map(myStations::of).orElse(List.of());
    }

    /** The street codes of every station I work in, whatever the switcher shows. */
    public Set<String> stationStreets() {
        return currentIdentity.get().map(myStations::streetCodesOf).orElse(Set.of());
    }

    /** The street codes the pages should show now. */
    public Set<String> streets() {
        Set<String> mine = currentIdentity.get().map(myStations::streetCodesOf).orElse(Set.of());
        return mine.contains(streetCode) ? Set.of(streetCode) : mine;
    }

    /** The communities of the stations shown now: where a resident can be registered or moved. */
    public List<Region> getCommunities() {
        List<Region> communities = new ArrayList<>();
        for (Station station : getStations()) {
            if (streets().contains(station.getStreet().getCode())) {
                communities.addAll(regions.childrenOf(station.getStreet()));
            }
        }
        return communities;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode == null ? "" : streetCode;
    }
}
