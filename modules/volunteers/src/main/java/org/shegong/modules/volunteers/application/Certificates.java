package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateSerial;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateToken;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.modules.volunteers.infrastructure.documents.CertificatePaper;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.OperatorNames;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Service-record certificates (志愿服务记录证明): station staff issue one for a volunteer of their
 * station — this operator's confirmed services up to a day, nothing another operator recorded —
 * download it as a PDF and revoke it with a reason; the volunteer downloads their own. Every issue,
 * download and revocation goes into the audit trail. What the public verification page may show is
 * published to {@link CertificateCheck} at issue and again at revocation, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    static final String KIND = "volunteers.certificate";

    /** A download is a read of personal data (the paper carries the name and the masked ID number). */
    public static final AuditAction DOWNLOADED = AuditAction.ofRead("volunteers.certificate.downloaded",
            "audit.volunteers.certificate.downloaded");
    public static final AuditAction REVOKED = AuditAction.ofChange("volunteers.certificate.revoked",
            "audit.volunteers.certificate.revoked");

    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    /** A certificate with its lines, as the pages and the PDF need it. */
    public record Issued(Certificate certificate, List<ServiceLine> lines) {
    }

    /** A PDF to hand out: the file's name and its bytes. */
    public record Paper(String fileName, byte[] pdf) {
    }

    @Inject
    CertificateRepository certificates;

    @Inject
    VolunteerRegistry registry;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    CertificateCheck check;

    @Inject
    CertificatePaper paper;

    @Inject
    SignedIn signedIn;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    OperatorNames operatorNames;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Issues a certificate of the volunteer's services confirmed here and begun on or before
     * {@code servedUpTo} (today when empty).
     */
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Certificate issue(long volunteerId, LocalDate servedUpTo, Certificate.Statement what) {
        Volunteer v = registry.mine(volunteerId);
        LocalDate today = LocalDate.now(clock.withZone(STATIONS));
        LocalDate upTo = servedUpTo == null ? today : servedUpTo;
        List<ServiceLine> lines = certificates.confirmedServicesOf(v.getId(), upTo.plusDays(1).atStartOfDay(STATIONS).toInstant());
        String serial = CertificateSerial.of(today.getYear(),
                certificates.lastSerialOf(today.getYear()).map(s -> CertificateSerial.numberOf(s, today.getYear())).orElse(0L) + 1);
        String issuer = currentTenant.current().map(t -> operatorNames.nameOf(t.value())).orElse("-");
        Certificate c = new Certificate(serial, CertificateToken.next(), v, issuer, upTo, lines,
                what == null ? new Certificate.Statement(null, null, null, null) : what, today, signedIn.username());
        try {
            certificates.add(c, lines);
        } catch (PersistenceException e) {
            // Another certificate took the same serial a moment ago: nothing was written, try again.
            throw new ConcurrentChangeException("证明编号 serial", serial);
        }
        check.publish(c);
        audit.record(KIND, c.getId(), AuditAction.CREATED, Said.of("volunteers.history.certificateIssued", c.getSerialNumber(), c.hours()));
        return c;
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> ofVolunteer(long volunteerId) {
        return certificates.ofVolunteer(registry.mine(volunteerId).getId());
    }

    @RequiresPermission(VolunteersPermissions.READ)
    public Issued open(long certificateId) {
        Certificate c = mine(certificateId);
        audit.read(KIND, c.getId(), Said.of("volunteers.purpose.certificateOpened"));
        return new Issued(c, certificates.linesOf(c.getId()));
    }

    @RequiresPermission(VolunteersPermissions.READ)
    public Paper download(long certificateId) {
        return paperOf(mine(certificateId), "volunteers.history.downloadedByStaff");
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Certificate revoke(long certificateId, String reason) {
        Certificate c = mine(certificateId);
        c.revoke(reason, signedIn.username(), clock.instant(), LocalDate.now(clock.withZone(STATIONS)));
        certificates.store(c);
        check.publish(c);
        audit.record(KIND, c.getId(), REVOKED, Said.of("volunteers.history.certificateRevoked", c.getSerialNumber(), c.getRevokedReason()));
        return c;
    }

    /** The signed-in volunteer's own certificates from this operator. */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> myCertificates() {
        return volunteers.byLogin(signedIn.username()).map(me -> certificates.ofVolunteer(me.getId())).orElse(List.of());
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Paper downloadMine(long certificateId) {
        Certificate c = volunteers.byLogin(signedIn.username())
                .flatMap(me -> certificates.find(certificateId).filter(x -> x.getVolunteerId() == me.getId()))
                .orElseThrow(() -> new RecordNotFoundException("证明 certificate", certificateId));
        return paperOf(c, "volunteers.history.downloadedByVolunteer");
    }

    private Paper paperOf(Certificate c, String purpose) {
        audit.record(KIND, c.getId(), DOWNLOADED, Said.of(purpose, c.getSerialNumber()));
        byte[] pdf = paper.write(c, certificates.linesOf(c.getId()), check.urlOf(c));
        return new Paper(c.getSerialNumber() + ".pdf", pdf);
    }

    /** A certificate of a volunteer of one of my stations; anything else is "not found". */
    private Certificate mine(long id) {
        return certificates.find(id).filter(c -> signedIn.worksAt(c.getStreetCode()))
                .orElseThrow(() -> new RecordNotFoundException("证明 certificate", id));
    }
}
