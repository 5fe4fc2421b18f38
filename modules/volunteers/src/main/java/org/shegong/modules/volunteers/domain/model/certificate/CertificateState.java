package org.shegong.modules.volunteers.domain.model.certificate;

/** What a certificate is worth on a given day; shown by its label (volunteers.certificate.state.*). */
public enum CertificateState {
    VALID,
    EXPIRED,
    REVOKED
}
