package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.domain.model.audit.AuditEntry;
import org.shegong.platform.domain.model.audit.AuditEntryRepository;

@ApplicationScoped
public class JpaAuditEntryRepository extends JpaTenantRepository<AuditEntry> implements AuditEntryRepository {

    public JpaAuditEntryRepository() {
        super(AuditEntry.class);
    }

    @Override
    public List<AuditEntry> of(String recordKind, long recordId) {
        return em().createQuery("select e from AuditEntry e where e.recordKind = :kind and e.recordId = :id"
                        + " and e.actionCode <> :opened order by e.id desc", AuditEntry.class)
                .setParameter("kind", recordKind).setParameter("id", recordId)
                .setParameter("opened", AuditAction.VIEWED.code()).getResultList();
    }

    @Override
    public List<AuditEntry> reads(ReadQuery query, Collection<String> readActions, int first, int max) {
        return bind(em().createQuery("select e from AuditEntry e" + where(query) + " order by e.id desc", AuditEntry.class),
                query, readActions).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countReads(ReadQuery query, Collection<String> readActions) {
        return bind(em().createQuery("select count(e) from AuditEntry e" + where(query), Long.class), query, readActions)
                .getSingleResult();
    }

    @Override
    public List<String> readKinds(Collection<String> readActions) {
        return em().createQuery("select distinct e.recordKind from AuditEntry e where e.actionCode in :actions"
                        + " order by e.recordKind", String.class)
                .setParameter("actions", readActions).getResultList();
    }

    private static String where(ReadQuery q) {
        StringBuilder where = new StringBuilder(" where e.actionCode in :actions");
        if (q.recordKind() != null) {
            where.append(" and e.recordKind = :kind");
        }
        if (q.recordId() != null) {
            where.append(" and e.recordId = :id");
        }
        if (q.actor() != null) {
            where.append(" and e.createdBy = :actor");
        }
        if (q.from() != null) {
            where.append(" and e.createdAt >= :from");
        }
        if (q.to() != null) {
            where.append(" and e.createdAt < :to");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReadQuery q, Collection<String> readActions) {
        query.setParameter("actions", readActions);
        if (q.recordKind() != null) {
            query.setParameter("kind", q.recordKind());
        }
        if (q.recordId() != null) {
            query.setParameter("id", q.recordId());
        }
        if (q.actor() != null) {
            query.setParameter("actor", q.actor());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        return query;
    }
}
