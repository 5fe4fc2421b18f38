package org.shegong.platform.interfaces.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.YearMonth;
import java.util.List;
import org.shegong.platform.application.metrics.Cell;

/**
 * One indicator's months as a Chart.js configuration for {@code p:chart}: a suppressed month is a
 * gap (null), never its value. Labels are built here from data, never from user text.
 */
public final class TrendChart {

    private TrendChart() {
    }

    public static String of(String label, List<YearMonth> months, List<Cell> cells, boolean percent) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Cell cell : cells) {
            if (cell.suppressed() || cell.shown() == null) {
                data.addNull();
            } else {
                data.add(cell.shown());
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", percent ? label + " %" : label).add("data", data))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }
}
