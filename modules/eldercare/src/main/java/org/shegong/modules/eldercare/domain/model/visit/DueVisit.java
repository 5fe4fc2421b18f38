package org.shegong.modules.eldercare.domain.model.visit;

import java.time.LocalDate;

/** A contact a care plan asks for: whom, what kind, by when, and who answers for it. */
public record DueVisit(long residentId, String residentName, String streetCode, String worker, VisitKind kind,
                       LocalDate dueOn, long daysOverdue) {

    /** 应访未访: the due date has passed without a visit of that kind. */
    public boolean overdue() {
        return daysOverdue > 0;
    }
}
