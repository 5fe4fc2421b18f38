package org.shegong.modules.childprotection.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.session.SessionKind;
import org.shegong.platform.api.records.Reasons;

/**
 * The phone page at the child's door: choose one of my cases and log the session (送教上门, a visit,
 * life skills, psychological support). One column, full-width fields, full-page posts.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWork caseWork;

    @Inject
    transient Clock clock;

    private List<ChildCase> caseload;
    private Long caseId;
    private SessionKind kind = SessionKind.HOME_TUTORING;
    private LocalDate heldOn;
    private Integer minutes;
    private String content;
    private String progress;
    private String nextStep;
    private String tutor;

    public List<ChildCase> getCaseload() {
        if (caseload == null) {
            caseload = caseWork.myCaseload();
        }
        return caseload;
    }

    public void log() {
        if (caseId == null) {
            PageMessages.refused("childprotection.refused.chooseChild");
            return;
        }
        LocalDate day = heldOn == null ? LocalDate.now(clock) : heldOn;
        if (PageMessages.attempt(() -> caseWork.logSession(caseId, kind, day, minutes, content, progress, nextStep, tutor))) {
            PageMessages.info(Reasons.text("cp.session.logged", List.of(day), PageMessages.locale()));
            content = null;
            progress = null;
            nextStep = null;
            minutes = null;
            heldOn = null;
        }
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getTutor() {
        return tutor;
    }

    public void setTutor(String tutor) {
        this.tutor = tutor;
    }
}
