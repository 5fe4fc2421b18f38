package org.shegong.modules.volunteers.domain.model.shift;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;
import org.shegong.platform.api.persistence.InstantConverter;

/**
 * A shift (班次) of a volunteer opportunity (志愿岗位) at one station: the role, the skills wanted, how
 * many spots, the time window, and the grace around it inside which a check-in code is accepted.
 *
 * <p>Invariants: the window ends after it starts; at least one spot; a shift published
 * ({@link #publish}) has not ended yet; at most {@link #spots} sign-ups
 * are {@link SignUpStatus#CONFIRMED}, the rest wait in the order they signed up, and a cancelled
 * confirmed place goes to the first one waiting.
 */
@Entity
@Table(name = "vol_shift")
public class Shift extends VolunteerRecord {

    public static final Duration MAX_GRACE = Duration.ofHours(2);

    @Column(nullable = false, length = 100)
    private String role;

    @Column(name = "skills_wanted", length = 300)
    private String skillsWanted;

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    /** The platform activity this shift serves, if any. */
    @Column(name = "activity_id")
    private Long activityId;

    @Column(nullable = false)
    private int spots;

    @Column(name = "starts_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant endsAt;

    @Column(name = "grace_minutes", nullable = false)
    private int graceMinutes;

    protected Shift() {
    }

    public Shift(String role, String skillsWanted, String streetCode, Long activityId, int spots, Instant startsAt,
                 Instant endsAt, Duration grace) {
        if (role == null || role.isBlank()) {
            throw new Refusal("volunteers.refused.enterRole");
        }
        if (role.strip().length() > 100) {
            throw new Refusal("volunteers.refused.roleLength");
        }
        if (spots < 1 || spots > 1000) {
            throw new Refusal("volunteers.refused.spotsRange");
        }
        if (startsAt == null || endsAt == null) {
            throw new Refusal("volunteers.refused.enterStartEnd");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new Refusal("volunteers.refused.endsAfterStart");
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) > 0) {
            throw new Refusal("volunteers.refused.shiftLength");
        }
        Duration g = grace == null ? Duration.ofMinutes(15) : grace;
        if (g.isNegative() || g.compareTo(MAX_GRACE) > 0) {
            throw new Refusal("volunteers.refused.graceRange");
        }
        this.role = role.strip();
        this.skillsWanted = skillsWanted == null || skillsWanted.isBlank() ? null : skillsWanted.strip();
        this.streetCode = Objects.requireNonNull(streetCode);
        this.activityId = activityId;
        this.spots = spots;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.graceMinutes = (int) g.toMinutes();
    }

    /**
     * A shift published now for volunteers to sign up for and check in to: besides the invariants,
     * it is for what is still to come — a shift already over when published (e.g. a day years ago)
     * is refused, as no list would ever show it and no one could check in. One under way may be
     * published (its check-in is open). The station's history of past shifts (the demo's) is
     * recorded through the constructor.
     */
    public static Shift publish(Instant now, String role, String skillsWanted, String streetCode, Long activityId, int spots,
                                Instant startsAt, Instant endsAt, Duration grace) {
        Shift shift = new Shift(role, skillsWanted, streetCode, activityId, spots, startsAt, endsAt, grace);
        if (!shift.endsAt.isAfter(now)) {
            throw new Refusal("volunteers.refused.publishOver");
        }
        return shift;
    }

    /**
     * The place a new sign-up gets, given the shift's sign-ups so far (cancelled ones included or
     * not): confirmed while a spot is free, else waiting.
     */
    public SignUpStatus placeFor(List<SignUp> signUps) {
        long confirmed = signUps.stream().filter(s -> s.getStatus() == SignUpStatus.CONFIRMED).count();
        return confirmed < spots ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
    }

    /**
     * Cancels a sign-up and moves the first one waiting up if a confirmed place became free.
     *
     * @param signUps all the shift's sign-ups, in the order they were made
     * @return the sign-up moved up, if any
     */
    public Optional<SignUp> cancel(SignUp cancelled, List<SignUp> signUps) {
        boolean freedASpot = cancelled.getStatus() == SignUpStatus.CONFIRMED;
        cancelled.cancel();
        if (!freedASpot || placeFor(signUps) != SignUpStatus.CONFIRMED) {
            return Optional.empty();
        }
        Optional<SignUp> next = signUps.stream().filter(s -> s.getStatus() == SignUpStatus.WAITING)
                .min(Comparator.comparingInt(signUps::indexOf));
        next.ifPresent(SignUp::moveUp);
        return next;
    }

    /** Whether a check-in at that moment is inside the window, grace included. */
    public boolean openAt(Instant at) {
        Duration grace = Duration.ofMinutes(graceMinutes);
        return !at.isBefore(startsAt.minus(grace)) && !at.isAfter(endsAt.plus(grace));
    }

    public String getRole() {
        return role;
    }

    public String getSkillsWanted() {
        return skillsWanted;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public Long getActivityId() {
        return activityId;
    }

    public int getSpots() {
        return spots;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getGraceMinutes() {
        return graceMinutes;
    }
}
