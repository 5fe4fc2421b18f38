package org.shegong.platform.application.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.rollup.PeriodChange;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

/**
 * Everything a dashboard shows for one region and period, already suppressed where the viewer
 * needs it: the page, the Excel and PDF exports and the JSON API all render this one object, so
 * they cannot disagree.
 *
 * @param refreshedAt when the oldest roll-up in view was refreshed (null: not yet built)
 * @param children     the regions one level down (streets below a district); empty at a street
 * @param operatorName whose stations an operator's dashboard shows (its title: the operator, not the
 *                     province its streets lie in); null on civil affairs' dashboard
 */
public record DashboardView(Place region, List<Place> breadcrumb, ReportPeriod period, ReportPeriod previous,
                            Instant refreshedAt, boolean suppressed, List<Place> children, List<Indicator> indicators,
                            Coverage coverage, List<OperatorLine> operators, String operatorName) {

    /** A region as shown: its code, name and level, and whether one can drill into it. */
    public record Place(String code, String name, RegionLevel level, boolean drillable) {
    }

    /**
     * One metric over the region: the period's value, the previous period's and the change
     * ({@link PeriodChange}: a count in percent, a share in percentage points; none when either
     * figure is hidden or there is nothing before to compare with); one cell per month of the
     * period; one per child region, then the total. A cell of streets whose operator has the module
     * off is {@link Cell#notCounted()}; a total over some such streets says over how many it counts.
     */
    public record Indicator(String code, String labelKey, String moduleId, MetricKind kind, boolean sensitive,
                            Cell value, Cell previous, PeriodChange change, List<YearMonth> months, List<Cell> trend,
                            List<Cell> byChild) {

        /**
         * The change as every renderer says it, with the bundle's words: "+550%", "+3.2 个百分点"
         * ({@code dashboard.change.points}), or "—" when there is none.
         */
        public String changeText(java.util.function.Function<String, String> text) {
            if (!change.known()) {
                return "—";
            }
            return change.inPoints() ? change.signed() + " " + text.apply("dashboard.change.points") : change.signed() + "%";
        }
    }

    /**
     * Streets with a station whose contract is in force on {@code asOf}, of all streets (全覆盖 when
     * equal): the period's last day, or today while the period has not ended.
     */
    public record Coverage(int streets, int covered, java.time.LocalDate asOf) {

        public int percent() {
            return streets == 0 ? 0 : covered * 100 / streets;
        }
    }

    /**
     * One contract target of one station: what is done in the current contract year (from the
     * roll-ups), the steady pace by today and whether it is behind ({@code Pace}); {@code done} is
     * {@link Cell#notCounted()} when the operator has the target's module off.
     */
    public record OperatorLine(String operatorName, String stationName, String streetCode, String contractNumber,
                               String metric, int perYear, Cell done, long expected, Integer percentOfPace,
                               boolean behind, String yearStarts) {
    }
}
