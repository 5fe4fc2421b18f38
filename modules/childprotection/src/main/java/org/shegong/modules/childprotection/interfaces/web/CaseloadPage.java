package org.shegong.modules.childprotection.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;

/**
 * The children list (个案名单) with its filters: the cases the person may see (their own for a worker,
 * the station's for the lead), loaded once per search; nobody else's case appears.
 */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWork caseWork;

    private String name;
    private ChildCategory category;
    private RiskLevel risk;
    private CaseStage stage;
    private Boolean overdue;
    private List<ChildCase> cases;

    public void load() {
        cases = caseWork.list(new CaseFilter(name, category, risk, stage, null, overdue), 0, 200);
    }

    public List<ChildCase> getCases() {
        if (cases == null) {
            load();
        }
        return cases;
    }

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
    }

    public RiskLevel[] getRisks() {
        return RiskLevel.values();
    }

    public CaseStage[] getStages() {
        return CaseStage.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public void setCategory(ChildCategory category) {
        this.category = category;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }
}
