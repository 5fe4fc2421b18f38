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
 * A {@link DashboardView} as JSON, the very figures the page renders: a hidden cell is
 * {@code {"text":"<5","suppressed":true,"value":null}}, a module off for the street's operator
 * {@code {"text":"未计入（模块未开通）","notCounted":true,"value":null}}; metrics carry their label beside the code.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DashboardJson {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    MetricLabels metricLabels;

    public JsonObject of(DashboardView v) {
        JsonArrayBuilder crumbs = Json.createArrayBuilder();
        v.breadcrumb().forEach(p -> crumbs.add(place(p)));
        JsonArrayBuilder children = Json.createArrayBuilder();
        v.children().forEach(p -> children.add(place(p)));
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (Indicator i : v.indicators()) {
            JsonArrayBuilder trend = Json.createArrayBuilder();
            for (int m = 0; m < i.months().size(); m++) {
                trend.add(cell(i.trend().get(m)).add("month", i.months().get(m).toString()));
            }
            JsonArrayBuilder byChild = Json.createArrayBuilder();
            for (int c = 0; c < v.children().size(); c++) {
                byChild.add(cell(i.byChild().get(c)).add("region", v.children().get(c).code()));
            }
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", i.code()).add("label", metricLabels.of(i.code()))
                    .add("module", i.moduleId()).add("kind", i.kind().name()).add("sensitive", i.sensitive())
                    .add("value", cell(i.value())).add("previous", cell(i.previous()))
                    .add("trend", trend).add("byRegion", byChild);
            // A count's change in percent ("change"), a share's in percentage points ("changePoints"); null when none.
            if (i.change().percent() == null) {
                o.addNull("change");
            } else {
                o.add("change", i.change().percent());
            }
            if (i.change().points() == null) {
                o.addNull("changePoints");
            } else {
                o.add("changePoints", i.change().points());
            }
            indicators.add(o);
        }
        JsonArrayBuilder operators = Json.createArrayBuilder();
        for (OperatorLine l : v.operators()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("operator", l.operatorName()).add("station", l.stationName())
                    .add("street", l.streetCode()).add("contract", l.contractNumber()).add("metric", l.metric())
                    .add("label", metricLabels.of(l.metric())).add("perYear", l.perYear()).add("expected", l.expected())
                    .add("behind", l.behind()).add("yearStarts", l.yearStarts());
            o.add("done", cell(l.done()));
            if (l.percentOfPace() == null) {
                o.addNull("percentOfPace");
            } else {
                o.add("percentOfPace", l.percentOfPace());
            }
            operators.add(o);
        }
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("region", place(v.region())).add("breadcrumb", crumbs)
                .add("period", Json.createObjectBuilder().add("from", v.period().from().toString()).add("to", v.period().to().toString()))
                .add("previous", Json.createObjectBuilder().add("from", v.previous().from().toString()).add("to", v.previous().to().toString()))
                .add("suppressed", v.suppressed())
                .add("coverage", Json.createObjectBuilder().add("streets", v.coverage().streets()).add("covered", v.coverage().covered())
                        .add("asOf", v.coverage().asOf().toString()))
                .add("children", children).add("indicators", indicators).add("operators", operators);
        if (v.refreshedAt() == null) {
            root.addNull("refreshedAt");
        } else {
            root.add("refreshedAt", MINUTES.format(v.refreshedAt()));
        }
        return root.build();
    }

    /** The stations API's lines: the same cells as the dashboard's, names as they are. */
    public jakarta.json.JsonArray stations(java.util.List<org.shegong.platform.application.dashboard.StationLine> lines) {
        jakarta.json.JsonArrayBuilder array = Json.createArrayBuilder();
        for (org.shegong.platform.application.dashboard.StationLine l : lines) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("streetCode", l.streetCode()).add("streetName", l.streetName())
                    .add("stationName", l.stationName());
            if (l.operatorName() == null) {
                o.addNull("operatorName");
            } else {
                o.add("operatorName", l.operatorName());
            }
            array.add(o.add("residents", cell(l.residents())).add("activitiesDone", cell(l.activitiesDone())));
        }
        return array.build();
    }

    private static JsonObjectBuilder place(Place p) {
        return Json.createObjectBuilder().add("code", p.code()).add("name", p.name()).add("level", p.level().name());
    }

    /**
     * A cell: {@code text} as the page shows it; {@code value} null when hidden or not counted;
     * {@code notCounted} true when the street's operator has the module off (no figure — not 0); over
     * a region of which only some streets count it, {@code streetsCounted} of {@code streets}.
     */
    private JsonObjectBuilder cell(Cell c) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("text", c.text(metricLabels::text)).add("suppressed", c.suppressed())
                .add("upperBound", c.upperBound()).add("notCounted", c.notCounted());
        if (c.suppressed() || c.shown() == null) {
            o.addNull("value");
        } else {
            o.add("value", c.shown());
        }
        if (c.streets() != null) {
            o.add("streetsCounted", c.streets().counted()).add("streets", c.streets().of());
        }
        return o;
    }
}
