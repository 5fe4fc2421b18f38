package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.records.Punctuation;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.volunteers.application.HoursConfirmation;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;

/** Hours to confirm (时长审核) at my stations: correct with a reason, then confirm. */
@Named
@ViewScoped
public class HoursPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One attendance as the page shows it; the status as its bundle key (the page says it in its language);
     * {@code label} names it in the correction's choice: the volunteer with the time they checked in;
     * {@code mayConfirm}: the attendance would take 确认时长 (not before the sign-out or a correction).
     */
    public record Row(long id, long shiftId, String volunteer, String checkedIn, String checkedOut, long minutes, String status,
                      String label, boolean mayConfirm) implements Serializable {
        static Row of(Attendance a, java.util.Map<Long, String> names, java.util.Locale locale) {
            String volunteer = names.get(a.getVolunteerId());
            String checkedIn = Times.shown(a.getCheckedInAt());
            return new Row(a.getId(), a.getShiftId(), volunteer, checkedIn, Times.shown(a.getCheckedOutAt()), a.getMinutes(),
                    "attendance.status." + a.getStatus().name(), Punctuation.aside(volunteer, checkedIn, locale), a.mayConfirm());
        }
    }

    @Inject
    transient HoursConfirmation hours;

    @Inject
    transient org.shegong.modules.volunteers.application.VolunteerRegistry registry;

    private List<Row> rows;
    private Long correctId;
    private Long minutes;
    private String reason;

    public void load() {
        List<Attendance> open = hours.toConfirm();
        java.util.Map<Long, String> names = registry.namesOf(open.stream().map(Attendance::getVolunteerId).toList(), PageMessages.locale());
        java.util.Locale locale = PageMessages.locale();
        rows = open.stream().map(a -> Row.of(a, names, locale)).toList();
    }

    public void confirm(long attendanceId) {
        if (PageMessages.attempt(() -> hours.confirm(attendanceId))) {
            PageMessages.info(Reasons.text("volunteers.done.hoursConfirmed", List.of(), PageMessages.locale()));
        }
        load();
    }

    public void correct() {
        if (correctId == null) {
            PageMessages.refused("volunteers.refused.chooseAttendance");
            return;
        }
        if (PageMessages.attempt(() -> hours.correct(correctId, minutes, reason))) {
            PageMessages.info(Reasons.text("volunteers.done.minutesCorrected", List.of(), PageMessages.locale()));
            correctId = null;
            minutes = null;
            reason = null;
        }
        load();
    }

    public List<Row> getRows() {
        return rows == null ? List.of() : rows;
    }

    public Long getCorrectId() {
        return correctId;
    }

    public void setCorrectId(Long correctId) {
        this.correctId = correctId;
    }

    public Long getMinutes() {
        return minutes;
    }

    public void setMinutes(Long minutes) {
        this.minutes = minutes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
