package org.shegong.modules.clubs.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.shegong.modules.clubs.domain.model.activity.ActivityMonths;

/**
 * Chart.js configuration (for {@code p:chart}) of a club's activity month by month: activities held
 * and planned as bars, people attending as a line on its own axis. Labels come from the bundle.
 */
final class ActivityChart {

    private ActivityChart() {
    }

    static String of(List<ActivityMonths.Month> months, String held, String planned, String attended) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder done = Json.createArrayBuilder();
        JsonArrayBuilder open = Json.createArrayBuilder();
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (ActivityMonths.Month m : months) {
            labels.add(m.month().toString());
            done.add(m.done());
            open.add(m.planned());
            people.add(m.attended());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", held).add("data", done)
                                        .add("backgroundColor", "#2e7d32").add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("label", planned).add("data", open)
                                        .add("backgroundColor", "#a5d6a7").add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("type", "line").add("label", attended).add("data", people)
                                        .add("borderColor", "#1565c0").add("backgroundColor", "#1565c0").add("yAxisID", "people"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("people", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
