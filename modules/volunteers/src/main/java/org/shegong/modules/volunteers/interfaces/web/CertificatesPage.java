package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.records.Punctuation;
import org.shegong.platform.api.records.Reasons;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.shegong.modules.volunteers.application.Certificates;
import org.shegong.modules.volunteers.application.VolunteerRegistry;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * A volunteer's certificates (志愿服务记录证明) for station staff: issue one, download, revoke with a
 * reason. {@code /volunteers/certificates.xhtml?volunteer=N}, read by the platform's {@code shegong.recordId}
 * converter: another station's or operator's volunteer, an unknown one, a text that names none and no volunteer at
 * all are the 404 page, as on the volunteer's own page.
 */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One certificate as the page shows it (the state by its bundle label key). */
    public record Row(long id, String serial, String hours, int services, String issuedOn, String validUntil, String stateKey,
                      boolean revoked, String revokedOn, String revokedReason) implements Serializable {
        static Row of(Certificate c) {
            return new Row(c.getId(), c.getSerialNumber(), c.hours(), c.getServiceCount(), c.getIssuedOn().toString(),
                    c.getValidUntil().toString(), "certificate.state." + c.stateOn(LocalDate.now(ZoneId.of("Asia/Shanghai"))),
                    c.revoked(), c.getRevokedOn() == null ? "" : c.getRevokedOn().toString(), c.getRevokedReason());
        }
    }

    @Inject
    transient Certificates certificates;

    @Inject
    transient VolunteerRegistry registry;

    private Long volunteer;
    private String volunteerName;
    private List<Row> rows;
    private LocalDate servedUpTo;
    private LocalDate validUntil;
    private String training;
    private String commendations;
    private String evaluation;
    private Long revokeId;
    private String revokeReason;

    public void load() {
        Volunteer v = registry.open(RecordNotFoundException.unlessMissing(volunteer, "志愿者 volunteer"));
        volunteerName = Punctuation.aside(v.getName(), v.getVolunteerNumber(), PageMessages.locale());
        rows = certificates.ofVolunteer(volunteer).stream().map(Row::of).toList();
    }

    public void issue() {
        if (PageMessages.attempt(() -> certificates.issue(volunteer, servedUpTo,
                new Certificate.Statement(training, commendations, evaluation, validUntil)))) {
            PageMessages.info(Reasons.text("volunteers.done.certificateIssued", List.of(), PageMessages.locale()));
            servedUpTo = null;
            validUntil = null;
            training = null;
            commendations = null;
            evaluation = null;
        }
        load();
    }

    public void download(long id) {
        Certificates.Paper[] paper = new Certificates.Paper[1];
        if (PageMessages.attempt(() -> paper[0] = certificates.download(id))) {
            PdfDownload.send(paper[0]);
        }
    }

    public void revoke() {
        if (revokeId == null) {
            PageMessages.refused("volunteers.refused.chooseCertificate");
            return;
        }
        if (PageMessages.attempt(() -> certificates.revoke(revokeId, revokeReason))) {
            PageMessages.info(Reasons.text("volunteers.done.certificateRevoked", List.of(), PageMessages.locale()));
            revokeId = null;
            revokeReason = null;
        }
        load();
    }

    public Long getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Long volunteer) {
        this.volunteer = volunteer;
    }

    public String getVolunteerName() {
        return volunteerName;
    }

    public List<Row> getRows() {
        return rows == null ? List.of() : rows;
    }

    public LocalDate getServedUpTo() {
        return servedUpTo;
    }

    public void setServedUpTo(LocalDate servedUpTo) {
        this.servedUpTo = servedUpTo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getTraining() {
        return training;
    }

    public void setTraining(String training) {
        this.training = training;
    }

    public String getCommendations() {
        return commendations;
    }

    public void setCommendations(String commendations) {
        this.commendations = commendations;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public Long getRevokeId() {
        return revokeId;
    }

    public void setRevokeId(Long revokeId) {
        this.revokeId = revokeId;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
