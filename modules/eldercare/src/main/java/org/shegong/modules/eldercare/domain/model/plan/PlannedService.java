package org.shegong.modules.eldercare.domain.model.plan;

import org.shegong.modules.eldercare.domain.model.visit.VisitKind;

/** A service a care plan promises, and how often: e.g. 上门探访 every 14 days, 健康监测 (blood pressure) every 7. */
public record PlannedService(VisitKind kind, int everyDays) {

    public PlannedService {
        if (kind == null) {
            throw new IllegalArgumentException("请选择服务方式 / choose the kind of service");
        }
        if (everyDays < 1 || everyDays > 366) {
            throw new IllegalArgumentException("服务频次须在每 1–366 天之间 / a frequency is every 1–366 days: " + everyDays);
        }
    }
}
