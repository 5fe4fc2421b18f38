package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import org.shegong.platform.application.dashboard.RegionDashboard;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.interfaces.web.dashboard.PeriodChoice;

/**
 * Civil affairs: the stations of my region with their operator and figures for a period, read from
 * the roll-ups (aggregates only; sensitive small counts hidden as on the dashboard). The period is
 * chosen as for {@code region/dashboard} ({@code kind}, {@code year}, {@code quarter}, {@code month},
 * {@code from}/{@code to}); a malformed period is 400. Each figure is {@code {text, value, suppressed,
 * upperBound}}.
 */
@Path("region/stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.REGION)
public class RegionResource {

    @Inject
    RegionDashboard dashboard;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    DashboardJson json;

    @Inject
    Clock clock;

    @GET
    // A JsonArray alone gives the OpenAPI document an array without items, which Liberty reports as invalid.
    @APIResponse(responseCode = "200", description = "the stations with their operator and figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JsonObject.class)))
    public JsonArray stations(@QueryParam("kind") String kind, @QueryParam("year") String year,
                              @QueryParam("quarter") String quarter, @QueryParam("month") String month,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        return json.stations(dashboard.stations(currentIdentity.require(),
                PeriodChoice.parse(kind, year, quarter, month, from, to, YearMonth.now(clock))));
    }
}
