package org.shegong.modules.eldercare.application;

import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;

/** A new version of an elder's care plan as the social worker writes it. */
public record PlanDetails(LocalDate startsOn, LocalDate reviewOn, String needs, String goals,
                          List<PlannedService> services, String responsibleWorker) {
}
