package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.module.DemoWorld;

/**
 * Elder care's demo records for a demo operator: up to six of each station's residents aged 60 or
 * more get a profile, a care plan with a social worker of the station, readings (one over the blood
 * pressure limit, so a follow-up is open) and, for half of them, a recent visit — the other half
 * show up as 应访未访. Written through the module's own services, once per operator.
 */
@ApplicationScoped
public class ElderCareDemo {

    static final int ELDERS_PER_STATION = 6;

    @Inject
    ElderRegister register;

    @Inject
    CarePlanning planning;

    @Inject
    VisitLog visits;

    @Inject
    HealthTracking health;

    public void seed(DemoWorld world) {
        Set<String> streets = world.residents().stream().map(ResidentCard::streetCode).collect(Collectors.toSet());
        if (streets.isEmpty() || !register.eldersAt(streets).isEmpty()) {
            return;
        }
        LocalDate today = world.today();
        Map<String, List<ResidentCard>> eldersByStreet = world.residents().stream()
                .filter(r -> r.birthDate() != null && !r.birthDate().isAfter(today.minusYears(ElderProfile.ELDER_AGE)))
                .collect(Collectors.groupingBy(ResidentCard::streetCode, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<ResidentCard>> station : eldersByStreet.entrySet()) {
            List<String> workers = world.staff().stream()
                    .filter(s -> s.streetCode().equals(station.getKey()) && s.username() != null && !s.username().isBlank())
                    .map(StaffCard::username).sorted().toList();
            if (workers.isEmpty()) {
                continue;
            }
            List<ResidentCard> elders = station.getValue().stream().sorted(Comparator.comparingLong(ResidentCard::id))
                    .limit(ELDERS_PER_STATION).toList();
            for (int i = 0; i < elders.size(); i++) {
                seedOne(elders.get(i).id(), i, workers.get(i % workers.size()), today);
            }
        }
    }

    private void seedOne(long residentId, int i, String worker, LocalDate today) {
        LivingSituation[] situations = LivingSituation.values();
        register.record(residentId, new ProfileDetails(situations[i % situations.length],
                i % 2 == 0 ? "高血压" : "糖尿病、关节炎", "子女 13900001" + String.format("%03d", i), "社区卫生服务站",
                barthel(i), today.minusDays(30)));
        planning.revise(residentId, new PlanDetails(today.minusDays(60), today.plusDays(120),
                i % 2 == 0 ? "独居，行动不便，需定期探访与血压监测" : "血糖偏高，需健康监测与饮食指导",
                "按时服药，指标平稳，每月至少参加一次社区活动",
                List.of(new PlannedService(VisitKind.HOME_VISIT, 14), new PlannedService(VisitKind.HEALTH_MONITORING, 7)),
                worker));
        if (i % 2 == 0) {
            visits.log(residentId, new VisitDetails(today.minusDays(3 + i), VisitKind.HOME_VISIT, "上门探访，精神状态良好",
                    "需要助餐服务", "两周后再访"));
        }
        boolean high = i == 1;
        health.record(residentId, new ReadingDetails(HealthMeasure.BLOOD_PRESSURE, BigDecimal.valueOf(high ? 168 : 128 + i),
                BigDecimal.valueOf(high ? 98 : 80 + i), today.minusDays(2).atTime(9, 30)));
    }

    /** Independent for most, dependent for a few: every item at its best, fewer points as i grows. */
    private static Map<BarthelItem, Integer> barthel(int i) {
        Map<BarthelItem, Integer> scores = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            List<Integer> allowed = item.allowedScores();
            scores.put(item, allowed.get(Math.max(0, allowed.size() - 1 - (i / 2))));
        }
        return scores;
    }
}
