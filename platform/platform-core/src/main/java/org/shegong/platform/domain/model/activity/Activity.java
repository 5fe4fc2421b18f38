package org.shegong.platform.domain.model.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.station.Station;

/**
 * A group or community event (活动) run by a station. Only done activities count toward targets.
 *
 * <p>Invariants: a done activity has taken place (its date is not in the future); the headcount is
 * at least the number of registered participants.
 */
@Entity
@Table(name = "activity")
public class Activity extends TenantOwnedEntity {

    /** The longest title and place kept (their columns' length): longer is refused with the limit, never cut. */
    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityType type;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = PLACE_MAX)
    private String place;

    @ManyToOne(optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private Station station;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    /** The module the activity belongs to, or null for general station work. */
    @Column(name = "module_tag", length = 64)
    private String moduleTag;

    /**
     * Who in a module organised it (e.g. {@code clubs.club:42}), so the module finds its activities
     * again; null for the station's own. The platform never reads its parts.
     */
    @Column(name = "organiser", length = 100)
    private String organiser;

    @Column(nullable = false)
    private int headcount;

    /** The partner the activity was run with, if any (链接社会资源). */
    @ManyToOne
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToMany
    @JoinTable(name = "activity_participant",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "resident_id"))
    private Set<Resident> participants = new LinkedHashSet<>();

    protected Activity() {
    }

    public Activity(String title, ActivityType type, LocalDate heldOn, Station station) {
        this(title, type, heldOn, null, station);
    }

    /** An activity planned at a place (a blank place is none). */
    public Activity(String title, ActivityType type, LocalDate heldOn, String place, Station station) {
        plan(title, type, heldOn, place);
        this.station = Objects.requireNonNull(station, "station");
    }

    public void plan(String title, ActivityType type, LocalDate heldOn, String place) {
        if (title == null || title.isBlank()) {
            throw new Refusal("activity.refused.title");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw new Refusal("activity.refused.titleLength", TITLE_MAX);
        }
        if (place != null && place.strip().length() > PLACE_MAX) {
            throw new Refusal("activity.refused.placeLength", PLACE_MAX);
        }
        this.title = title.strip();
        this.type = Objects.requireNonNull(type, "type");
        this.heldOn = Objects.requireNonNull(heldOn, "date");
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    public void tag(String moduleTag) {
        this.moduleTag = moduleTag;
    }

    public void organisedBy(String organiser) {
        if (organiser != null && (organiser.isBlank() || organiser.length() > 100)) {
            throw new IllegalArgumentException("organiser reference of 1-100 characters: " + organiser);
        }
        this.organiser = organiser;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void addParticipant(Resident resident) {
        participants.add(Objects.requireNonNull(resident));
        headcount = Math.max(headcount, participants.size());
    }

    public void setHeadcount(int headcount) {
        if (headcount < participants.size()) {
            throw new Refusal("activity.refused.headcount");
        }
        this.headcount = headcount;
    }

    public void markDone(LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new Refusal("activity.refused.future-done");
        }
        this.status = ActivityStatus.DONE;
    }

    public void cancel() {
        this.status = ActivityStatus.CANCELLED;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public Station getStation() {
        return station;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getModuleTag() {
        return moduleTag;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void runWith(Partner partner) {
        this.partner = partner;
    }

    public Partner getPartner() {
        return partner;
    }

    public void removeParticipant(Resident resident) {
        participants.remove(resident);
    }

    public Set<Resident> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }
}
