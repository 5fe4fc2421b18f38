package org.shegong.modules.eldercare.domain.model.plan;

import org.shegong.platform.api.records.Refusal;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;

/** A service a care plan promises, and how often: e.g. 上门探访 every 14 days, 健康监测 (blood pressure) every 7. */
public record PlannedService(VisitKind kind, int everyDays) {

    public PlannedService {
        if (kind == null) {
            throw new Refusal("eldercare.refused.serviceKind");
        }
        if (everyDays < 1 || everyDays > 366) {
            throw new Refusal("eldercare.refused.serviceFrequency", everyDays);
        }
    }
}
