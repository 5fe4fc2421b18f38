package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.audit.RecordLabels;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.NameMask;
import org.shegong.platform.api.tenancy.CurrentTenant;

/**
 * A volunteer on the operator's read log by the masked name (张*), a certificate by its serial number, as
 * printed on it (the holder masked beside it, as the public check shows it).
 */
@ApplicationScoped
public class VolunteerLabels implements RecordLabels {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    CertificateRepository certificates;

    @Inject
    CurrentTenant tenant;

    @Override
    @Transactional
    public Optional<String> label(String recordKind, long recordId) {
        if (tenant.current().isEmpty()) {
            return Optional.empty();
        }
        if (VolunteerRegistry.KIND.equals(recordKind)) {
            return volunteers.find(recordId).map(v -> Said.typed(NameMask.of(v.getName())));
        }
        if (Certificates.KIND.equals(recordKind)) {
            return certificates.find(recordId).map(c -> Said.typed(c.getSerialNumber() + " · " + c.maskedName()));
        }
        return Optional.empty();
    }
}
