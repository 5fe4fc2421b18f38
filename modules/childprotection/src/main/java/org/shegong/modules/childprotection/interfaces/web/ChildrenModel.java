package org.shegong.modules.childprotection.interfaces.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;

/**
 * The children list, one page at a time: the cases the need-to-know rule gives the person, narrowed by the
 * page's filters, counted and read by the same query (overdue first, newest intake next).
 */
public class ChildrenModel extends LazyDataModel<ChildCase> {

    private static final long serialVersionUID = 1L;

    private final CaseWork caseWork;
    private CaseFilter filter = CaseFilter.any();

    /** @param caseWork the application-scoped service (its CDI proxy survives the view's serialisation) */
    public ChildrenModel(CaseWork caseWork) {
        this.caseWork = caseWork;
    }

    void filterBy(CaseFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(caseWork.count(filter));
    }

    @Override
    public List<ChildCase> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        return caseWork.list(filter, first, pageSize);
    }

    @Override
    public String getRowKey(ChildCase c) {
        return String.valueOf(c.getId());
    }
}
