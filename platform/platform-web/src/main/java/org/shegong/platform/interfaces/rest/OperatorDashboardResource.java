package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.DashboardView.Place;
import org.shegong.platform.application.dashboard.RegionDashboard;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.interfaces.web.MetricLabels;
import org.shegong.platform.interfaces.web.dashboard.PeriodChoice;

/**
 * An operator admin: the dashboard of its own stations as JSON, nothing hidden (its own figures). Query: {@code region}, {@code kind} (month, quarter, year, custom), {@code year},
 * {@code quarter}, {@code month}, {@code from}/{@code to} ({@code yyyy-MM}); a region outside the
 * caller's is 404, a malformed period 400.
 */
@Path("operator/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.OPERATOR)
public class OperatorDashboardResource {

    @Inject
    RegionDashboard dashboard;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    DashboardJson json;

    @Inject
    Clock clock;

    @GET
    public JsonObject dashboard(@QueryParam("region") String region, @QueryParam("kind") String kind, @QueryParam("year") String year,
                                @QueryParam("quarter") String quarter, @QueryParam("month") String month,
                                @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = PeriodChoice.parse(kind, year, quarter, month, from, to, YearMonth.now(clock));
        return json.of(dashboard.forOperator(currentIdentity.require(), region, period));
    }
}
