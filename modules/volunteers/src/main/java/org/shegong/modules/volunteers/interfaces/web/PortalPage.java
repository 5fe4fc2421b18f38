package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.volunteers.application.MyVolunteering;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.shift.SignUpStatus;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The volunteer's phone portal (我的志愿服务): my hours at every operator, my balance, the
 * opportunities at my station with sign-up and cancel. Loaded once in the view action.
 */
@Named
@ViewScoped
public class PortalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** My hours at one operator, the operator by its name. */
    public record OperatorRow(String code, String operator, String hours) implements Serializable {
    }

    /** One opportunity as the page shows it; my status as its bundle key (empty: not signed up). */
    public record Row(long shiftId, String role, String when, int spots, String myStatus, boolean signedUp) implements Serializable {
    }

    @Inject
    transient MyVolunteering mine;

    private boolean registered;
    private String name;
    private String number;
    private List<OperatorRow> hoursByOperator;
    private String nextShiftRole;
    private String nextShiftWhen;
    private String awaitingHours;
    private String totalHours;
    private String balanceHours;
    private List<Row> opportunities;

    public void load() {
        Volunteer me;
        try {
            me = mine.me();
        } catch (RecordNotFoundException e) {
            registered = false;
            return;
        }
        registered = true;
        name = me.getName();
        number = me.getVolunteerNumber();
        List<MyVolunteering.OperatorHours> minutes = mine.myHoursByOperator();
        hoursByOperator = minutes.stream().map(h -> new OperatorRow(h.code(), h.name(), Times.hours(h.minutes()))).toList();
        totalHours = Times.hours(minutes.stream().mapToLong(MyVolunteering.OperatorHours::minutes).sum());
        MyVolunteering.MyReminders reminders = mine.myReminders();
        nextShiftRole = reminders.nextShift().map(Shift::getRole).orElse(null);
        nextShiftWhen = reminders.nextShift().map(s -> Times.shown(s.getStartsAt())).orElse(null);
        awaitingHours = reminders.awaitingMinutes() > 0 ? Times.hours(reminders.awaitingMinutes()) : null;
        balanceHours = Times.hours(mine.myBalance().ledgerMinutes());
        Map<Long, SignUpStatus> mySignUps = mine.mySignUps().stream()
                .collect(Collectors.toMap(SignUp::getShiftId, SignUp::getStatus, (a, b) -> a));
        opportunities = mine.opportunities().stream().map(s -> row(s, mySignUps.get(s.getId()))).toList();
    }

    private static Row row(Shift s, SignUpStatus status) {
        boolean active = status != null && status != SignUpStatus.CANCELLED;
        return new Row(s.getId(), s.getRole(), Times.shown(s.getStartsAt()) + " – " + Times.shown(s.getEndsAt()).substring(11),
                s.getSpots(), status == null ? "" : "signUp.status." + status.name(), active);
    }

    public void signUp(long shiftId) {
        if (PageMessages.attempt(() -> mine.signUp(shiftId))) {
            PageMessages.info(Reasons.text("volunteers.done.signedUp", List.of(), PageMessages.locale()));
        }
        load();
    }

    public void cancel(long shiftId) {
        if (PageMessages.attempt(() -> mine.cancel(shiftId))) {
            PageMessages.info(Reasons.text("volunteers.done.cancelled", List.of(), PageMessages.locale()));
        }
        load();
    }

    /**
     * I spend or donate my credits here or at another operator I serve; a refusal (too many, zero,
     * no purpose, an operator I do not serve) keeps the form with what I typed, nothing written.
     */
    public void useCredits() {
        if (PageMessages.attempt(() -> mine.useMyCredits(creditOperator, creditUse, creditMinutes == null ? 0 : creditMinutes,
                creditPurpose))) {
            PageMessages.info(Reasons.text("volunteers.done.creditsUsed", List.of(), PageMessages.locale()));
            creditMinutes = null;
            creditPurpose = null;
        }
        load();
    }

    private String creditOperator;
    private TimeBank.CreditUse creditUse = TimeBank.CreditUse.SERVICE;
    private Long creditMinutes;
    private String creditPurpose;

    public TimeBank.CreditUse[] getCreditUses() {
        return TimeBank.CreditUse.values();
    }

    public String getCreditOperator() {
        return creditOperator;
    }

    public void setCreditOperator(String creditOperator) {
        this.creditOperator = creditOperator;
    }

    public TimeBank.CreditUse getCreditUse() {
        return creditUse;
    }

    public void setCreditUse(TimeBank.CreditUse creditUse) {
        this.creditUse = creditUse;
    }

    public Long getCreditMinutes() {
        return creditMinutes;
    }

    public void setCreditMinutes(Long creditMinutes) {
        this.creditMinutes = creditMinutes;
    }

    public String getCreditPurpose() {
        return creditPurpose;
    }

    public void setCreditPurpose(String creditPurpose) {
        this.creditPurpose = creditPurpose;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public List<OperatorRow> getHoursByOperator() {
        return hoursByOperator == null ? List.of() : hoursByOperator;
    }

    public String getNextShiftRole() {
        return nextShiftRole;
    }

    public String getNextShiftWhen() {
        return nextShiftWhen;
    }

    public String getAwaitingHours() {
        return awaitingHours;
    }

    public String getTotalHours() {
        return totalHours;
    }

    public String getBalanceHours() {
        return balanceHours;
    }

    public List<Row> getOpportunities() {
        return opportunities == null ? List.of() : opportunities;
    }
}
