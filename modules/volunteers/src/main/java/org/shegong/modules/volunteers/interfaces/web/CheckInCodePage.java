package org.shegong.modules.volunteers.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Base64;
import org.shegong.modules.volunteers.application.CheckInSheet;
import org.shegong.modules.volunteers.application.ShiftWork;
import org.shegong.modules.volunteers.infrastructure.documents.CheckInCodeImage;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The shift's check-in code to show on a station device or print (签到二维码): a large QR image made
 * on the server from the signed check-in URL, with the shift's role, window and station by name.
 * Only staff of the shift's station get it: another station's or operator's shift is the not-found
 * page (the service refuses it before anything is drawn). The image is inlined as a data URL, so the
 * page needs no second request and no script.
 */
@Named
@RequestScoped
public class CheckInCodePage {

    @Inject
    ShiftWork shifts;

    @Inject
    CheckInCodeImage image;

    private Long id;
    private String role;
    private String when;
    private String station;
    private String checkInUrl;
    private String imageData;

    /**
     * The view action, after the platform's {@code shegong.recordId} converter read {@code ?id=}: a shift unknown or not of my stations is "not found" (404, the service refuses it),
     * and so is an address without an id, as the page has no chooser ({@link RecordNotFoundException#unlessMissing}).
     */
    public void load() {
        long id = RecordNotFoundException.unlessMissing(this.id, "班次 shift");
        CheckInSheet sheet = shifts.checkInSheet(id);
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        // As the shift page builds it: the host and context staff reached the portal on.
        checkInUrl = request.getRequestScheme() + "://" + request.getRequestServerName() + ":" + request.getRequestServerPort()
                + request.getRequestContextPath() + sheet.path();
        role = sheet.role();
        when = Times.shown(sheet.startsAt()) + " – " + Times.shown(sheet.endsAt());
        station = sheet.stationName();
        imageData = "data:image/png;base64," + Base64.getEncoder().encodeToString(image.png(checkInUrl));
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

    public String getStation() {
        return station;
    }

    public String getCheckInUrl() {
        return checkInUrl;
    }

    public String getImageData() {
        return imageData;
    }
}
