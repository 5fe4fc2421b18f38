package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.shegong.modules.volunteers.application.ShiftDetails;
import org.shegong.modules.volunteers.application.ShiftWork;
import org.shegong.platform.api.identity.SignedIn;

/** Shifts of my stations (班次), and a form to plan one. */
@Named
@ViewScoped
public class ShiftsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    public record Row(long id, String role, String streetCode, String when, int spots) implements Serializable {
    }

    @Inject
    transient ShiftWork shifts;

    @Inject
    transient SignedIn signedIn;

    private List<Row> rows;
    private String role;
    private String streetCode;
    private Integer spots;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer graceMinutes;

    public void load() {
        rows = shifts.upcoming().stream().map(s -> new Row(s.getId(), s.getRole(), s.getStreetCode(),
                Times.shown(s.getStartsAt()) + " – " + Times.shown(s.getEndsAt()), s.getSpots())).toList();
        if (streetCode == null && signedIn.selectedStationCodes().size() == 1) {
            streetCode = signedIn.selectedStationCodes().iterator().next();
        }
    }

    public void plan() {
        if (PageMessages.attempt(() -> shifts.plan(new ShiftDetails(role, null, streetCode, null, spots,
                startsAt == null ? null : startsAt.atZone(STATIONS).toInstant(),
                endsAt == null ? null : endsAt.atZone(STATIONS).toInstant(), graceMinutes)))) {
            PageMessages.info(Reasons.text("volunteers.done.shiftPlanned", List.of(role), PageMessages.locale()));
            role = null;
            spots = null;
            startsAt = null;
            endsAt = null;
        }
        load();
    }

    public List<Row> getRows() {
        return rows == null ? List.of() : rows;
    }

    public java.util.Set<String> getStations() {
        return new java.util.TreeSet<>(signedIn.selectedStationCodes());
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public Integer getSpots() {
        return spots;
    }

    public void setSpots(Integer spots) {
        this.spots = spots;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getGraceMinutes() {
        return graceMinutes;
    }

    public void setGraceMinutes(Integer graceMinutes) {
        this.graceMinutes = graceMinutes;
    }
}
