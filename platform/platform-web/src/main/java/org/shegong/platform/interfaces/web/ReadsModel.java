package org.shegong.platform.interfaces.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.application.audit.ReadLog;

/** The reads of personal data matching the page's filters, one page at a time, newest first. */
public class ReadsModel extends LazyDataModel<AuditRecord> {

    private static final long serialVersionUID = 1L;

    private final ReadLog log;
    private ReadQuery query = ReadQuery.all();

    /** @param log the application-scoped service (its CDI proxy survives the view's serialisation) */
    public ReadsModel(ReadLog log) {
        this.log = log;
    }

    void filterBy(ReadQuery query) {
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(log.count(query));
    }

    @Override
    public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        return log.reads(query, first, pageSize);
    }

    @Override
    public String getRowKey(AuditRecord read) {
        return read.at().toEpochMilli() + ":" + read.actor() + ":" + read.recordKind() + ":" + read.recordId();
    }
}
