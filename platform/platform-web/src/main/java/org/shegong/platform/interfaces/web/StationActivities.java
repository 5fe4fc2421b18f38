package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityStatus;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.station.Station;

/**
 * The activities (活动) of the selected stations, newest first: plan one (optionally with a partner),
 * record who took part, and close a planned one that took place — from then on it counts toward the
 * contract targets.
 */
@Named
@ViewScoped
public class StationActivities implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ActivityRegistry activities;

    @Inject
    transient PartnerDirectory partners;

    @Inject
    transient ResidentRegistry residents;

    @Inject
    StationSelection selection;

    @Inject
    transient Clock clock;

    private transient List<Activity> list;

    // plan form
    private boolean formOpen;
    private String title;
    private ActivityType type = ActivityType.GROUP_ACTIVITY;
    private LocalDate heldOn;
    private String streetCode;
    private Long partnerId;

    // participants
    private Long participantsOf;
    private String participantSearch;
    private transient List<Resident> candidates;

    public void markDone(long id) {
        try {
            activities.findInStreets(id, selection.streets()).orElseThrow(() -> new RecordNotFoundException("活动 activity", id));
            Activity done = activities.markDone(id);
            Messages.info(Messages.text("activities.doneMessage") + " " + done.getTitle());
        } catch (IllegalArgumentException | RecordNotFoundException e) {
            Messages.refused(e);
        }
        list = null;
    }

    public boolean canMarkDone(Activity activity) {
        return activity.getStatus() == ActivityStatus.PLANNED && !activity.getHeldOn().isAfter(LocalDate.now(clock));
    }

    public List<Activity> getActivities() {
        if (list == null) {
            list = activities.pageInStreets(selection.streets(), 0, StationResidents.PAGE);
        }
        return list;
    }

    public void startPlan() {
        formOpen = true;
        title = null;
        type = ActivityType.GROUP_ACTIVITY;
        heldOn = LocalDate.now(clock);
        partnerId = null;
        streetCode = selection.streets().size() == 1 ? selection.streets().iterator().next() : null;
    }

    public void plan() {
        if (streetCode == null || !selection.stationStreets().contains(streetCode)) {
            Messages.error(Messages.text("activities.chooseStation"));
            return;
        }
        try {
            Activity planned = activities.plan(title, type, heldOn, streetCode, null, partnerId, null);
            Messages.info(Messages.text("activities.planned") + " " + planned.getTitle());
            formOpen = false;
            list = null;
        } catch (IllegalArgumentException | RecordNotFoundException e) {
            Messages.refused(e);
        }
    }

    public void closePlan() {
        formOpen = false;
    }

    public void showParticipants(long activityId) {
        participantsOf = activityId;
        participantSearch = null;
        candidates = null;
    }

    public void hideParticipants() {
        participantsOf = null;
    }

    public Activity getParticipantsActivity() {
        return participantsOf == null ? null
                : activities.findInStreets(participantsOf, selection.stationStreets()).orElse(null);
    }

    public void searchCandidates() {
        String text = participantSearch == null ? "" : participantSearch.strip();
        if (text.isEmpty()) {
            candidates = List.of();
            return;
        }
        try {
            boolean idNumber = text.length() == 18;
            candidates = residents.search(new ResidentSearch(selection.stationStreets(), idNumber ? null : text,
                    idNumber ? text : null, null, null, null, "name", true), 0, 10);
        } catch (IllegalArgumentException e) {
            Messages.error(e.getMessage());
            candidates = List.of();
        }
    }

    public void addParticipant(long residentId) {
        try {
            activities.addParticipantInStreets(participantsOf, residentId, selection.stationStreets());
            Messages.info(Messages.text("activities.participantAdded"));
            list = null;
        } catch (RecordNotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void removeParticipant(long residentId) {
        try {
            activities.removeParticipantInStreets(participantsOf, residentId, selection.stationStreets());
            list = null;
        } catch (RecordNotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public List<Resident> getCandidates() {
        return candidates == null ? List.of() : candidates;
    }

    public List<Resident> getParticipants() {
        Activity activity = getParticipantsActivity();
        return activity == null ? List.of()
                : activity.getParticipants().stream().sorted(Comparator.comparing(Resident::getName)).toList();
    }

    public List<Station> getStations() {
        return selection.getStations();
    }

    public List<Partner> getPartners() {
        return partners.all();
    }

    /** The longest title kept, for the input's maxlength (the domain's limit, one source). */
    public int getTitleMax() {
        return Activity.TITLE_MAX;
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getParticipantSearch() {
        return participantSearch;
    }

    public void setParticipantSearch(String participantSearch) {
        this.participantSearch = participantSearch;
    }
}
