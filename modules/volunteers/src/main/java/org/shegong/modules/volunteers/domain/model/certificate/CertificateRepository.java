package org.shegong.modules.volunteers.domain.model.certificate;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    Optional<Certificate> find(long id);

    List<Certificate> ofVolunteer(long volunteerId);

    List<ServiceLine> linesOf(long certificateId);

    /**
     * This operator's confirmed services of the volunteer that began before {@code before}, as new
     * lines (the day in the stations' time zone, the shift's role as the service), oldest first.
     */
    List<ServiceLine> confirmedServicesOf(long volunteerId, java.time.Instant before);

    /** The highest serial this operator gave in that year, if any. */
    Optional<String> lastSerialOf(int year);

    /** Inserts the certificate and its lines in one flush; a serial taken meanwhile fails on the unique key. */
    void add(Certificate certificate, List<ServiceLine> lines);

    void store(Certificate certificate);

    /**
     * Certificates issued on a day from {@code from} to {@code to} (both included), per street of the
     * issuing station; revoked ones are not counted (a withdrawn paper certifies nothing).
     */
    java.util.Map<String, Long> issuedPerStreet(java.util.Set<String> streetCodes, java.time.LocalDate from, java.time.LocalDate to);
}
