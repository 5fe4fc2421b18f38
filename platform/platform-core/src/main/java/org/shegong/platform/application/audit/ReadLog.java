package org.shegong.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
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

    public List<AuditRecord> reads(ReadQuery query, int first, int max) {
        return audit.reads(query, first, max);
    }

    public long count(ReadQuery query) {
        return audit.countReads(query);
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
