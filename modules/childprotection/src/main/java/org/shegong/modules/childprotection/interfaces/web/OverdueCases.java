package org.shegong.modules.childprotection.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.CaseWork.OverdueOnStart;

/**
 * The start-page panel: overdue cases as the daily deadline check marked them — for case workers the
 * ones they may see (a worker's own, the lead's station), listed; for the operator admin only how many
 * at the chosen stations ({@link CaseWork#overdueOnStart}). Asked once per rendering.
 */
@Named("cpOverdue")
@RequestScoped
public class OverdueCases {

    /** The read's purpose in the read log (stored text, Chinese as the 查阅记录 page shows it). */
    public static final String PURPOSE = "#childprotection.purpose.overdueOnStart";

    @Inject
    CaseWork caseWork;

    private OverdueOnStart overdue;

    public OverdueOnStart getOverdue() {
        if (overdue == null) {
            overdue = caseWork.overdueOnStart(5, PURPOSE);
        }
        return overdue;
    }
}
