package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.modules.eldercare.application.AntiFraudEducation;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.fraud.AntiFraudSession;
import org.shegong.platform.api.identity.SignedIn;

/** Anti-fraud sessions of the selected stations, with the share of their elders reached this year. */
@Named
@ViewScoped
public class FraudPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AntiFraudEducation antiFraud;

    @Inject
    transient ElderRegister register;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient Clock clock;

    private String streetCode;
    private LocalDate heldOn;
    private String title;
    private List<String> attendees = new ArrayList<>();

    public List<AntiFraudSession> getSessions() {
        return antiFraud.sessionsAt(signedIn.selectedStationCodes());
    }

    public AntiFraudEducation.Coverage getCoverage() {
        LocalDate today = LocalDate.now(clock);
        return antiFraud.coverage(signedIn.selectedStationCodes(), today.withDayOfYear(1), today);
    }

    public List<ElderProfile> getElders() {
        return register.eldersAt(signedIn.selectedStationCodes());
    }

    public java.util.Set<String> getStations() {
        return new TreeSet<>(signedIn.selectedStationCodes());
    }

    public void record() {
        Set<Long> ids = new TreeSet<>();
        attendees.forEach(a -> ids.add(Long.valueOf(a)));
        if (Messages.attempt(() -> antiFraud.record(streetCode, heldOn == null ? LocalDate.now(clock) : heldOn, title, ids))) {
            Messages.info(Messages.text("msg.sessionRecorded", title));
            title = null;
            attendees = new ArrayList<>();
        }
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }
}
