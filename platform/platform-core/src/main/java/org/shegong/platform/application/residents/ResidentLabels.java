package org.shegong.platform.application.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.platform.api.audit.RecordLabels;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.NameMask;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.domain.model.resident.ResidentRepository;

/**
 * A resident on the read log by the masked name (张**): enough for the operator's admin to recognise whom a
 * read concerned, too little to find the person; a removed resident too, since reads of them are logged.
 */
@ApplicationScoped
public class ResidentLabels implements RecordLabels {

    @Inject
    ResidentRepository residents;

    @Inject
    CurrentTenant tenant;

    @Override
    @Transactional
    public Optional<String> label(String recordKind, long recordId) {
        if (!ResidentRegistry.AUDIT_KIND.equals(recordKind) || tenant.current().isEmpty()) {
            return Optional.empty();
        }
        return residents.find(recordId).map(r -> Said.typed(NameMask.of(r.getName())));
    }
}
