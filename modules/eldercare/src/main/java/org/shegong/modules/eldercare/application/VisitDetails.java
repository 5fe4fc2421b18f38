package org.shegong.modules.eldercare.application;

import java.time.LocalDate;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;

/** A visit as the social worker logs it, on a phone or at a desk. */
public record VisitDetails(LocalDate visitedOn, VisitKind kind, String notes, String needsObserved, String nextAction) {
}
