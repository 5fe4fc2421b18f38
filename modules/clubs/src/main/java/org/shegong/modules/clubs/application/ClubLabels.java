package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.platform.api.audit.RecordLabels;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.tenancy.CurrentTenant;

/** A club on the operator's read log by its name, as the community knows it (no one's personal data). */
@ApplicationScoped
public class ClubLabels implements RecordLabels {

    @Inject
    ClubRepository clubs;

    @Inject
    CurrentTenant tenant;

    @Override
    @Transactional
    public Optional<String> label(String recordKind, long recordId) {
        if (!ClubRegister.KIND.equals(recordKind) || tenant.current().isEmpty()) {
            return Optional.empty();
        }
        return clubs.find(recordId).map(c -> Said.typed(c.getName()));
    }
}
