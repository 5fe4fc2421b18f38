package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.stations.RegionOverview;
import org.shegong.platform.application.stations.RegionOverview.StationCounts;

/** Civil affairs: the stations of my region, aggregates only. */
@Path("region/stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.REGION)
public class RegionResource {

    @Inject
    RegionOverview overview;

    @Inject
    CurrentIdentity currentIdentity;

    @GET
    public List<StationCounts> stations() {
        return overview.stationsIn(currentIdentity.require().region().orElseThrow());
    }
}
