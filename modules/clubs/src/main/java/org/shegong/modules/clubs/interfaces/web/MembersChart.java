package org.shegong.modules.clubs.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shegong.modules.clubs.domain.model.club.Membership;

/** Chart.js configuration (for {@code p:chart}) of a club's members joining, month by month. */
final class MembersChart {

    private MembersChart() {
    }

    static String of(List<Membership> members) {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (Membership m : members) {
            perMonth.merge(YearMonth.from(m.getJoinedOn()), 1, Integer::sum);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        perMonth.forEach((month, n) -> {
            labels.add(month.toString());
            counts.add(n);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "成员加入 joined").add("data", counts))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
