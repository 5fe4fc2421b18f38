package org.shegong.modules.eldercare.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.application.ReadingDetails;
import org.shegong.modules.eldercare.application.VisitDetails;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The phone page of a social worker at the door: my due visits, then log a visit and record a
 * reading for the elder in front of me. One column, full-width inputs, full-page posts. A due item
 * is a link ({@code ?residentId=…&kind=…}) that opens the form for that elder and kind; the date
 * starts at today in the stations' zone (the platform's clock).
 */
@Named
@ViewScoped
public class VisitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VisitLog visits;

    @Inject
    transient HealthTracking health;

    @Inject
    transient ElderRegister register;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient Clock clock;

    private Long residentId;
    private LocalDate visitedOn;
    private VisitKind kind = VisitKind.HOME_VISIT;
    private String notes;
    private String needsObserved;
    private String nextAction;
    private HealthMeasure measure = HealthMeasure.BLOOD_PRESSURE;
    private BigDecimal value;
    private BigDecimal secondValue;

    private List<DueVisit> myDue;
    private List<ElderProfile> elders;

    @PostConstruct
    void startsToday() {
        visitedOn = today();
    }

    public List<DueVisit> getMyDue() {
        if (myDue == null) {
            myDue = visits.myDue();
        }
        return myDue;
    }

    /**
     * The view action: the elder a tapped due item names ({@code ?residentId=}, read by the platform's
     * {@code shegong.recordId} converter) is one of mine, else "not found" (404) as on the elder page — an unknown
     * resident, another station's or operator's, or one without an elder profile; an id that names no record at
     * all never gets here (the converter answers the same 404). No elder named: the due list and the form.
     */
    public void load() {
        if (residentId != null && getElders().stream().noneMatch(e -> e.getResidentId() == residentId)) {
            throw new RecordNotFoundException("老人档案 elder profile", residentId);
        }
    }

    /** The elders of all my stations, like my due list, so a tapped due item is always among them. */
    public List<ElderProfile> getElders() {
        if (elders == null) {
            elders = register.eldersAt(signedIn.stationCodes());
        }
        return elders;
    }

    /** The chosen elder's name, or empty when none is chosen. */
    public String getElderName() {
        return residentId == null ? "" : getElders().stream().filter(e -> e.getResidentId() == residentId)
                .map(ElderProfile::getResidentName).findFirst().orElse("");
    }

    /** "逾期 3 天" in the page's language. */
    public String lateBy(DueVisit due) {
        return Messages.text("overdue.daysLate", due.daysOverdue());
    }

    /** "正在为 王秀英 登记", once an elder is chosen (tapped or picked). */
    public String getForElder() {
        return Messages.text("visit.forElder", getElderName());
    }

    public void logVisit() {
        if (!requireElder()) {
            return;
        }
        LocalDate day = visitedOn == null ? today() : visitedOn;
        if (Messages.attempt(() -> visits.log(residentId, new VisitDetails(day, kind, notes, needsObserved, nextAction)))) {
            // named, so a worker logging visit after visit at the door sees whose was saved
            Messages.info(Messages.text("visit.loggedAs", Messages.text("visitKind." + kind.name()), day.toString(), getElderName()));
            notes = null;
            needsObserved = null;
            nextAction = null;
            visitedOn = today();
            myDue = null;
        }
    }

    public void recordReading() {
        if (!requireElder()) {
            return;
        }
        HealthTracking.Recorded[] recorded = new HealthTracking.Recorded[1];
        if (Messages.attempt(() -> recorded[0] = health.record(residentId,
                new ReadingDetails(measure, value, measure.hasSecondValue() ? secondValue : null, null)))) {
            Messages.info(Messages.text("reading.recordedAs", Messages.text("measure." + measure.name()), recorded[0].reading().display()));
            recorded[0].followUp().ifPresent(t -> Messages.info(Messages.text("reading.followUpAs", Messages.reasonOf(t))));
            value = null;
            secondValue = null;
            myDue = null; // a reading is the 健康监测 contact: the due list changes
        }
    }

    private boolean requireElder() {
        if (residentId == null) {
            Messages.error(Messages.text("visit.chooseElder"));
            return false;
        }
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    public HealthMeasure[] getMeasures() {
        return HealthMeasure.values();
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public VisitKind getKind() {
        return kind;
    }

    /** The kind of contact; none (an address whose {@code kind} names none the page knows) is a home visit, the default. */
    public void setKind(VisitKind kind) {
        this.kind = kind == null ? VisitKind.HOME_VISIT : kind;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNeedsObserved() {
        return needsObserved;
    }

    public void setNeedsObserved(String needsObserved) {
        this.needsObserved = needsObserved;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public HealthMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(HealthMeasure measure) {
        this.measure = measure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getSecondValue() {
        return secondValue;
    }

    public void setSecondValue(BigDecimal secondValue) {
        this.secondValue = secondValue;
    }
}
