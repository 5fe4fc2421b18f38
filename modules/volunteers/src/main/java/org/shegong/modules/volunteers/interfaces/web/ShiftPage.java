package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.volunteers.application.Roster;
import org.shegong.modules.volunteers.application.ShiftWork;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * A shift's roster and attendance (班次名单与签到), and the link its QR code carries, to show on a
 * station device or print. Loaded in the view action: another station's shift is the not-found page.
 */
@Named
@ViewScoped
public class ShiftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record SignUpRow(String volunteer, String status) implements Serializable {
    }

    public record AttendanceRow(long id, String volunteer, String checkedIn, String checkedOut, long minutes, String status)
            implements Serializable {
    }

    @Inject
    transient ShiftWork shifts;

    private Long id;
    private String role;
    private String when;
    private int spots;
    private String checkInUrl;
    private List<SignUpRow> signUps;
    private List<AttendanceRow> attendance;

    /**
     * The view action, after the platform's {@code shegong.recordId} converter read {@code ?id=}: a shift unknown or not of my stations is "not found" (404, the service refuses it),
     * and so is an address without an id, as the page has no chooser ({@link RecordNotFoundException#unlessMissing}).
     */
    public void load() {
        long id = RecordNotFoundException.unlessMissing(this.id, "班次 shift");
        Roster r = shifts.roster(id, PageMessages.locale());
        role = r.shift().getRole();
        when = Times.shown(r.shift().getStartsAt()) + " – " + Times.shown(r.shift().getEndsAt());
        spots = r.shift().getSpots();
        signUps = r.signUps().stream().map(s -> new SignUpRow(r.names().get(s.getVolunteerId()), "signUp.status." + s.getStatus().name())).toList();
        attendance = r.attendance().stream().map(a -> new AttendanceRow(a.getId(), r.names().get(a.getVolunteerId()), Times.shown(a.getCheckedInAt()),
                Times.shown(a.getCheckedOutAt()), a.getMinutes(), "attendance.status." + a.getStatus().name())).toList();
        PageMessages.attempt(() -> {
            var request = FacesContext.getCurrentInstance().getExternalContext();
            checkInUrl = request.getRequestScheme() + "://" + request.getRequestServerName() + ":" + request.getRequestServerPort()
                    + request.getRequestContextPath() + shifts.checkInSheet(id).path();
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRole() {
        return role;
    }

    public String getWhen() {
        return when;
    }

    public int getSpots() {
        return spots;
    }

    public String getCheckInUrl() {
        return checkInUrl;
    }

    public List<SignUpRow> getSignUps() {
        return signUps;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }
}
