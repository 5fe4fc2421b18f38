package org.shegong.modules.childprotection.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;

/**
 * The start-page panel: overdue cases the person may see (a worker's own, the lead's station — the same
 * need-to-know rule as every list), as the daily deadline check marked them. The names it shows are a list
 * read of children's cases, recorded once per rendering that lists at least one ({@link CaseWork#shown}).
 */
@Named("cpOverdue")
@RequestScoped
public class OverdueCases {

    private static final CaseFilter OVERDUE = new CaseFilter(null, null, null, null, null, true);

    /** The read's purpose in the read log (stored text, Chinese as the 查阅记录 page shows it). */
    public static final String PURPOSE = "#childprotection.purpose.overdueOnStart";

    @Inject
    CaseWork caseWork;

    private List<ChildCase> overdue;
    private Long count;

    /** How many of the cases the person may see are overdue: the panel's headline figure. */
    public long getCount() {
        if (count == null) {
            count = caseWork.count(OVERDUE);
        }
        return count;
    }

    public List<ChildCase> getList() {
        if (overdue == null) {
            overdue = caseWork.shown(OVERDUE, 0, 5, PURPOSE);
        }
        return overdue;
    }
}
