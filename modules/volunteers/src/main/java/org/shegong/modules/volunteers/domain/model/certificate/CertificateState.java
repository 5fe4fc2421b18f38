package org.shegong.modules.volunteers.domain.model.certificate;

import java.time.LocalDate;

/** What a certificate is worth on a given day; shown by its label (certificate.state.*). */
public enum CertificateState {
    VALID("有效"),
    EXPIRED("已过期"),
    REVOKED("已撤销");

    private final String label;

    CertificateState(String label) {
        this.label = label;
    }

    /** The Chinese label the API gives beside the code (pages use the bundle's certificate.state.*). */
    public String label() {
        return label;
    }

    /** Revoked wins over everything; otherwise valid up to and including its last day. */
    public static CertificateState on(LocalDate day, LocalDate validUntil, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        return day.isAfter(validUntil) ? EXPIRED : VALID;
    }
}
