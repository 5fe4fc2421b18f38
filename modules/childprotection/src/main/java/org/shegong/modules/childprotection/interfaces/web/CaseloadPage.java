package org.shegong.modules.childprotection.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.platform.api.directory.CommunityCard;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;

/**
 * The children list (个案名单) with its filters: the cases the person may see (their own for a worker,
 * the station's for the lead), one page at a time ({@link ChildrenModel}); nobody else's case appears.
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
    private String station;
    private String community;
    private Long worker;
    private ChildrenModel cases;
    private transient List<StaffCard> workers;
    private transient List<String> stations;
    private transient List<CommunityCard> communities;

    /** Applies the filters; the table then reads the first page of what they leave. */
    public void load() {
        getCases().filterBy(new CaseFilter(name, category, risk, stage, worker, overdue, station, community));
        // New filters start from their first page.
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("caseload:cases") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public ChildrenModel getCases() {
        if (cases == null) {
            cases = new ChildrenModel(caseWork);
        }
        return cases;
    }

    public List<String> getStations() {
        if (stations == null) {
            stations = caseWork.myStations();
        }
        return stations;
    }

    public List<CommunityCard> getCommunities() {
        if (communities == null) {
            communities = caseWork.communitiesOfMyStations();
        }
        return communities;
    }

    public List<StaffCard> getWorkers() {
        if (workers == null) {
            workers = caseWork.workersOfMyStations();
        }
        return workers;
    }

    public Long getWorker() {
        return worker;
    }

    public void setWorker(Long worker) {
        this.worker = worker;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
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
