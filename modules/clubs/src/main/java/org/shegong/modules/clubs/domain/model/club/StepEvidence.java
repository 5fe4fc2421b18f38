package org.shegong.modules.clubs.domain.model.club;

import java.time.LocalDate;
import java.util.List;

/**
 * What a step on the incubation path rests on, gathered by the service: the incubation plan's
 * milestones, whether an approved charter exists, the filing number or credit code and the day
 * they carry, the reason (dormant, dissolved), and who confirms — the station lead or no one.
 *
 * @param on          the day the step happened, chosen by the worker (recorded afterwards, it lies in the
 *                    past); for 备案 the filing date, for 登记 the registration date
 * @param lastStepOn  the day of the club's last step so far (its path's last, the founding at least), which
 *                    this one may not precede; null when the club has none yet
 * @param confirmedBy the login of the person confirming
 * @param byLead      whether that person is the station's lead
 */
public record StepEvidence(List<Milestone> milestones, boolean approvedCharter, String filingNumber, String creditCode,
                           LocalDate on, LocalDate lastStepOn, String reason, String confirmedBy, boolean byLead) {

    public StepEvidence {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
