package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shegong.modules.volunteers.application.MyVolunteering;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;

/**
 * Where a shift's QR code leads ({@code /volunteers/check-in.xhtml?code=…}): the signed-in volunteer
 * confirms with one button, so opening the link alone (a preview, a reload) never checks anyone in.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyVolunteering mine;

    private String code;
    private String done;

    public void checkIn() {
        Attendance[] result = new Attendance[1];
        if (PageMessages.attempt(() -> result[0] = mine.checkIn(code))) {
            done = "已签到 / checked in: " + Times.shown(result[0].getCheckedInAt());
            PageMessages.info(done);
        }
    }

    public void checkOut() {
        Attendance[] result = new Attendance[1];
        if (PageMessages.attempt(() -> result[0] = mine.checkOut(code))) {
            done = "已签退，本次服务 " + Times.hours(result[0].getMinutes()) + " 小时（待确认） / checked out";
            PageMessages.info(done);
        }
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
