package org.shegong.modules.clubs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.clubs.ClubsModule;
import org.shegong.modules.clubs.domain.model.activity.ClubActivityKind;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.ActivityCard;
import org.shegong.platform.api.directory.ActivityCards;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * A club's activities and performances (活动、演出). Each is a platform activity at the club's
 * station carrying the club as its organiser ({@code clubs.club:<id>}), so it counts toward the
 * station's targets like any other, and attendance is the platform's participants. The module keeps
 * no copy: it asks the platform for the activities of the club (and of the teams merged into it).
 */
@ApplicationScoped
@Transactional
public class ClubActivities {

    static final String ORGANISER = ClubsModule.ID + ".club:";
    static final int MAX_TITLE = 200;

    @Inject
    ActivityCards activities;

    @Inject
    ClubRepository clubs;

    @Inject
    MyClubs my;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The organiser reference of a club on platform activities. */
    public static String organiser(long clubId) {
        return ORGANISER + clubId;
    }

    /** The club an organiser reference names, if it is one of ours. */
    public static Optional<Long> clubOf(String organiser) {
        if (organiser == null || !organiser.startsWith(ORGANISER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(organiser.substring(ORGANISER.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityCard plan(long clubId, ClubActivityKind kind, String title, LocalDate heldOn) {
        Club club = my.club(clubId);
        club.requireOpen();
        if (kind == null) {
            throw new Refusal("clubs.refused.activityKind");
        }
        if (title == null || title.isBlank()) {
            throw new Refusal("clubs.refused.activityTitle");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new Refusal("clubs.refused.activityTitleLength", MAX_TITLE);
        }
        if (heldOn == null) {
            throw new Refusal("clubs.refused.activityDate");
        }
        if (heldOn.isBefore(club.getFoundedOn())) {
            throw new Refusal("clubs.refused.activityBeforeFounding", club.getFoundedOn().toString());
        }
        ActivityCard card = activities.plan(ClubsModule.ID, organiser(clubId), title.strip(), kind.platformType(), heldOn,
                club.getStreetCode());
        audit.record(ClubRegister.KIND, clubId, ClubsModuleActions.ACTIVITY_PLANNED, Said.of("clubs.history.activityPlanned", card.title(), heldOn));
        return card;
    }

    /** The club's activities and those of the teams merged into it, newest first. */
    @RequiresPermission(ClubsPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActivityCard> of(long clubId) {
        my.club(clubId);
        List<ActivityCard> all = new ArrayList<>(activities.organisedBy(organiser(clubId)));
        for (Club merged : clubs.mergedInto(clubId)) {
            all.addAll(activities.organisedBy(organiser(merged.getId())));
        }
        all.sort(Comparator.comparing(ActivityCard::heldOn).thenComparing(ActivityCard::id).reversed());
        return all;
    }

    /**
     * Registers who attended (residents of my stations); an activity of another club is not found, and so is a
     * resident of another station or operator (404, as when named leader, contact or member: {@link MyClubs#person}),
     * checked for every one before anyone is registered.
     */
    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityCard attend(long clubId, long activityId, List<Long> residentIds) {
        ActivityCard activity = ours(clubId, activityId);
        if (residentIds == null || residentIds.isEmpty() || residentIds.stream().anyMatch(Objects::isNull)) {
            throw new Refusal("clubs.refused.attendanceEmpty");
        }
        Set<Long> attendees = new LinkedHashSet<>(residentIds);
        attendees.forEach(my::person);
        for (long residentId : attendees) {
            activity = activities.attend(activityId, residentId);
        }
        return activity;
    }

    /**
     * Whether {@link #done} would take the activity's day: not before it has come (the page offers 已举办 only
     * then, rather than a button whose every tap is refused).
     */
    public boolean dayHasCome(ActivityCard activity) {
        return !activity.heldOn().isAfter(LocalDate.now(clock));
    }

    /** Marks the activity held; the platform tells every module (ActivityDone, with the club as organiser). */
    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityCard done(long clubId, long activityId) {
        ActivityCard activity = ours(clubId, activityId);
        if (!dayHasCome(activity)) {
            throw new Refusal("clubs.refused.activityInFuture");
        }
        return activities.done(activityId); // the history is written by ClubActivityFollower
    }

    private ActivityCard ours(long clubId, long activityId) {
        Club club = my.club(clubId);
        club.requireOpen();
        return activities.activity(activityId).filter(a -> organiser(clubId).equals(a.organiser()))
                .orElseThrow(() -> new RecordNotFoundException("社团活动 club activity", activityId));
    }
}
