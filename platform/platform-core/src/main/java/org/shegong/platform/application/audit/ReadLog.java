package org.shegong.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.RecordLabels;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.domain.model.audit.AuditEntryRepository;
import org.shegong.platform.domain.model.staff.StaffRepository;

/**
 * The operator admin's 查阅记录: who of the operator read which personal data, when and for what —
 * only the operator's own tenant, only for its admins (checked here, not only at the page's URL).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Requires(Access.OPERATOR)
public class ReadLog {

    /** A person who may appear in the log: their name for the page, their login to filter by. */
    public record Reader(String login, String name) {
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditEntryRepository entries;

    @Inject
    AuditActions actions;

    @Inject
    StaffRepository staff;

    /** The platform's and each module's names for their own records. */
    @Inject
    @Any
    Instance<RecordLabels> labels;

    public List<AuditRecord> reads(ReadQuery query, int first, int max) {
        return audit.reads(query, first, max);
    }

    public long count(ReadQuery query) {
        return audit.countReads(query);
    }

    /**
     * What the operator's admin recognises the read record by (a {@link org.shegong.platform.api.audit.Said} text),
     * as its owner names it in this operator; empty for a list or an export (no one record), or where no one
     * names the record: the page then shows its kind alone, never its internal id.
     */
    public Optional<String> labelOf(AuditRecord read) {
        if (read.recordId() == 0) {
            return Optional.empty();
        }
        for (RecordLabels owner : labels) {
            Optional<String> label = owner.label(read.recordKind(), read.recordId());
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** The operator's staff with a login, by name. */
    public List<Reader> readers() {
        return staff.all().stream()
                .filter(m -> m.getUsername() != null && !m.getUsername().isBlank())
                .map(m -> new Reader(m.getUsername(), m.getName()))
                .sorted(Comparator.comparing(Reader::name))
                .toList();
    }

    /** The record kinds that have been read in this tenant, for the page's filter. */
    public List<String> recordKinds() {
        return entries.readKinds(actions.readCodes());
    }
}
