package org.shegong.modules.volunteers.interfaces.web;

import java.util.List;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shegong.modules.volunteers.application.MyVolunteering;
import org.shegong.modules.volunteers.application.ShiftToCheckIn;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;

/**
 * Where a shift's QR code leads ({@code /volunteers/check-in.xhtml?code=…}): the signed-in volunteer
 * confirms with one button, so opening the link alone (a preview, a reload) never checks anyone in. A code that
 * names no shift (one the platform never signed, or none) is the 404 page at once, not two buttons that can only fail;
 * one of another operator says why, without buttons. The page names the shift (what, when, where) before and after
 * the volunteer checks in, so they know what they confirm.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyVolunteering mine;

    private String code;
    private String done;
    private ShiftToCheckIn shift;

    public void load() {
        mine.requireSignedCode(code);
        PageMessages.attempt(() -> shift = mine.shiftToCheckIn(code));
    }

    public void checkIn() {
        Attendance[] result = new Attendance[1];
        if (PageMessages.attempt(() -> result[0] = mine.checkIn(code))) {
            done = Reasons.text("volunteers.done.checkedIn", List.of(Times.shown(result[0].getCheckedInAt())), PageMessages.locale());
            PageMessages.info(done);
            shift = mine.shiftToCheckIn(code);
        }
    }

    public void checkOut() {
        Attendance[] result = new Attendance[1];
        if (PageMessages.attempt(() -> result[0] = mine.checkOut(code))) {
            done = Reasons.text("volunteers.done.checkedOut", List.of(Times.hours(result[0].getMinutes())), PageMessages.locale());
            PageMessages.info(done);
            shift = mine.shiftToCheckIn(code);
        }
    }

    /** The shift the code names; null when the code is refused (another operator's). */
    public ShiftToCheckIn getShift() {
        return shift;
    }

    /** The shift's window in Asia/Shanghai, the day once when it starts and ends on one day. */
    public String getWhen() {
        return shift == null ? "" : Times.window(shift.startsAt(), shift.endsAt());
    }

    public String getCheckedInAt() {
        return shift == null ? "" : Times.shown(shift.checkedInAt());
    }

    public String getCheckedOutAt() {
        return shift == null ? "" : Times.shown(shift.checkedOutAt());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDone() {
        return done;
    }
}
