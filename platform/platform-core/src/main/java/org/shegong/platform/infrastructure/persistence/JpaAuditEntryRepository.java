package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
                        + " order by e.id desc", AuditEntry.class)
                .setParameter("kind", recordKind).setParameter("id", recordId).getResultList();
    }
}
