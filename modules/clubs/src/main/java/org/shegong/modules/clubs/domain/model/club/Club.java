package org.shegong.modules.clubs.domain.model.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * A community club (社团 / 社区社会组织) of one community, on the incubation path.
 *
 * <p>Invariants: a club has a name, one of the four kinds, a community served by one street's
 * station and a founding day not in the future. Its stage moves only through {@link #moveTo}, one
 * step of the path at a time, each step with its evidence and the station lead's confirmation, or
 * through {@link #mergeInto}; a dissolved or merged club is closed: nothing about it changes again,
 * and a merged one names the club it went into. Its leader is one of its members: a founding leader
 * from the founding day, a leader named later from the day they were named
 * ({@link #foundingLeaderMembership}, {@link #newLeaderMembership}).
 */
@Entity
@Table(name = "club")
public class Club extends TenantOwnedEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClubKind kind;

    @Column(name = "community_code", nullable = false, length = 12)
    private String communityCode;

    @Column(name = "community_name", nullable = false, length = 100)
    private String communityName;

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @Column(name = "leader_id")
    private Long leaderId;

    @Column(name = "leader_name", length = 50)
    private String leaderName;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "teacher", length = 100)
    private String teacher;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "schedule", length = 200)
    private String schedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private ClubStage stage;

    /** The path stage a dormant club left, to which it wakes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_dormant", length = 20)
    private ClubStage stageBeforeDormant;

    @Column(name = "filing_number", length = 50)
    private String filingNumber;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "merged_to_id")
    private Long mergedIntoId;

    @Column(name = "merged_to_name", length = 100)
    private String mergedIntoName;

    protected Club() {
    }

    public Club(ClubProfile profile, LocalDate today) {
        this.stage = ClubStage.INTEREST_GROUP;
        describe(profile, today);
    }

    /** The first step of the path, recorded once the club has its id. */
    public StageStep founding(String by) {
        return new StageStep(getId(), streetCode, null, ClubStage.INTEREST_GROUP, foundedOn, by, "");
    }

    /**
     * The founding leader's membership, from the day the club was founded (a club is registered with
     * no members yet); none without a leader. The club must have its id.
     */
    public Optional<Membership> foundingLeaderMembership(LocalDate today) {
        return leaderMembership(List.of(), foundedOn, today);
    }

    /**
     * After {@link #describe}: the membership of a leader named now, from {@code today} (the day of
     * the appointment); none when the leader did not change ({@code previousLeaderId}), was cleared,
     * or already holds an open membership of this club (members of the club), so no one is a member twice.
     */
    public Optional<Membership> newLeaderMembership(Long previousLeaderId, List<Membership> members, LocalDate today) {
        if (Objects.equals(previousLeaderId, leaderId)) {
            return Optional.empty();
        }
        return leaderMembership(members, today, today);
    }

    private Optional<Membership> leaderMembership(List<Membership> members, LocalDate since, LocalDate today) {
        if (leaderId == null) {
            return Optional.empty();
        }
        Objects.requireNonNull(getId(), "a stored club");
        boolean already = members.stream().anyMatch(m -> m.isActive() && m.getClubId() == getId() && m.getResidentId() == leaderId);
        return already ? Optional.empty() : Optional.of(new Membership(getId(), new Person(leaderId, leaderName), since, today));
    }

    /** Changes what describes the club (not its stage); a closed club refuses. */
    public void describe(ClubProfile p, LocalDate today) {
        requireOpen();
        if (p.name() == null || p.name().isBlank()) {
            throw new Refusal("clubs.refused.name");
        }
        if (p.name().strip().length() > 100) {
            throw new Refusal("clubs.refused.nameLength", 100);
        }
        if (p.kind() == null) {
            throw new Refusal("clubs.refused.kind");
        }
        if (p.community() == null) {
            throw new Refusal("clubs.refused.community");
        }
        if (p.foundedOn() == null) {
            throw new Refusal("clubs.refused.foundedOn");
        }
        if (p.foundedOn().isAfter(today)) {
            throw new Refusal("clubs.refused.foundedInFuture");
        }
        this.name = p.name().strip();
        this.kind = p.kind();
        this.communityCode = p.community().code();
        this.communityName = p.community().name();
        this.streetCode = p.community().streetCode();
        this.foundedOn = p.foundedOn();
        this.leaderId = p.leader() == null ? null : p.leader().residentId();
        this.leaderName = p.leader() == null ? null : p.leader().name();
        this.contactId = p.contact() == null ? null : p.contact().residentId();
        this.contactName = p.contact() == null ? null : p.contact().name();
        this.teacher = text(p.teacher(), 100, "clubs.field.teacher");
        this.place = text(p.place(), 200, "clubs.field.place");
        this.schedule = text(p.schedule(), 200, "clubs.field.schedule");
    }

    /**
     * Takes one step on the day it happened ({@code ev.on()}), refused with the reason unless it is a step
     * the club can take now, its evidence is complete, the station lead confirms it and its day is in order:
     * not to come, not before the club was founded, not before its last step (a path is a sequence).
     */
    public StageStep moveTo(ClubStage to, StepEvidence ev, LocalDate today) {
        Objects.requireNonNull(to, "to");
        requireOpen();
        if (!ev.byLead()) {
            throw new Refusal("clubs.refused.byLead");
        }
        if (to == stage) {
            throw new Refusal("clubs.refused.alreadyThere", label(stage));
        }
        LocalDate on = requireStepDay(ev, today);
        ClubStage from = stage;
        String evidence;
        switch (to) {
            case MERGED -> throw new Refusal("clubs.refused.mergeByWizard");
            case DORMANT -> {
                evidence = requireReason(ev, ClubStage.DORMANT);
                stageBeforeDormant = stage;
            }
            case DISSOLVED -> {
                evidence = requireReason(ev, ClubStage.DISSOLVED);
                closedOn = on;
            }
            default -> evidence = pathStep(to, ev, on);
        }
        if (to != ClubStage.DORMANT && from == ClubStage.DORMANT) {
            stageBeforeDormant = null;
        }
        stage = to;
        return new StageStep(getId(), streetCode, from, to, on, ev.confirmedBy(), evidence);
    }

    /** The step's day: given, not to come, not before the founding nor before the club's last step. */
    private LocalDate requireStepDay(StepEvidence ev, LocalDate today) {
        LocalDate on = ev.on();
        if (on == null) {
            throw new Refusal("clubs.refused.stepOn");
        }
        if (on.isAfter(today)) {
            throw new Refusal("clubs.refused.stepInFuture", today.toString());
        }
        if (on.isBefore(foundedOn)) {
            throw new Refusal("clubs.refused.stepBeforeFounding", foundedOn.toString());
        }
        if (ev.lastStepOn() != null && on.isBefore(ev.lastStepOn())) {
            throw new Refusal("clubs.refused.stepBeforeLast", ev.lastStepOn().toString());
        }
        return on;
    }

    private String pathStep(ClubStage to, StepEvidence ev, LocalDate on) {
        if (stage == ClubStage.DORMANT) {
            if (to != stageBeforeDormant) {
                throw new Refusal("clubs.refused.wakeTo", label(stageBeforeDormant));
            }
            return "恢复活动";
        }
        if (to != stage.nextOnPath()) {
            throw new Refusal("clubs.refused.pathOrder", label(stage),
                    stage.nextOnPath() == null ? "—" : label(stage.nextOnPath()));
        }
        return switch (to) {
            case INCUBATING -> {
                if (ev.milestones().isEmpty()) {
                    throw new Refusal("clubs.refused.incubationPlan");
                }
                yield "培育计划 " + ev.milestones().size() + " 项";
            }
            case FILED -> {
                List<String> open = ev.milestones().stream().filter(m -> !m.isDone()).map(Milestone::getTitle).toList();
                if (ev.milestones().isEmpty() || !open.isEmpty()) {
                    throw new Refusal("clubs.refused.planOpen", String.join("、", open));
                }
                if (!ev.approvedCharter()) {
                    throw new Refusal("clubs.refused.filingCharter");
                }
                if (ev.filingNumber() == null || ev.filingNumber().isBlank()) {
                    throw new Refusal("clubs.refused.filingNumber");
                }
                if (ev.filingNumber().strip().length() > 50) {
                    throw new Refusal("clubs.refused.filingNumberLength", 50);
                }
                filingNumber = ev.filingNumber().strip();
                filedOn = on;
                yield "备案编号 " + filingNumber + "，" + on;
            }
            case REGISTERED -> {
                CreditCode code = CreditCode.of(ev.creditCode());
                if (filedOn != null && on.isBefore(filedOn)) {
                    throw new Refusal("clubs.refused.registeredBeforeFiling");
                }
                creditCode = code.value();
                registeredOn = on;
                yield "统一社会信用代码 " + creditCode + "，" + on;
            }
            default -> throw new IllegalStateException(to.name());
        };
    }

    private static String requireReason(StepEvidence ev, ClubStage to) {
        if (ev.reason() == null || ev.reason().isBlank()) {
            throw new Refusal("clubs.refused.reason", label(to));
        }
        if (ev.reason().strip().length() > 500) {
            throw new Refusal("clubs.refused.reasonLength", 500);
        }
        return ev.reason().strip();
    }

    /** Closes this club as merged into {@code target} on {@code today}. */
    public StageStep mergeInto(Club target, String by, LocalDate today) {
        requireOpen();
        if (target.getId() == null || target.getId().equals(getId())) {
            throw new Refusal("clubs.refused.mergeSelf");
        }
        ClubStage from = stage;
        stage = ClubStage.MERGED;
        mergedIntoId = target.getId();
        mergedIntoName = target.getName();
        closedOn = today;
        return new StageStep(getId(), streetCode, from, ClubStage.MERGED, today, by, "并入“" + target.getName() + "”");
    }

    public void requireOpen() {
        if (stage == ClubStage.MERGED) {
            throw new Refusal("clubs.refused.merged", mergedIntoName);
        }
        if (stage == ClubStage.DISSOLVED) {
            throw new Refusal("clubs.refused.dissolved");
        }
    }

    /** A stage said in the reader's language when a refusal names it. */
    private static Refusal.Label label(ClubStage stage) {
        return new Refusal.Label("clubs.stage." + stage.name());
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new Refusal("clubs.refused.tooLong", new Refusal.Label(what), max);
        }
        return value.strip();
    }

    public String getName() {
        return name;
    }

    public ClubKind getKind() {
        return kind;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public String getCommunityName() {
        return communityName;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getPlace() {
        return place;
    }

    public String getSchedule() {
        return schedule;
    }

    public ClubStage getStage() {
        return stage;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public String getMergedIntoName() {
        return mergedIntoName;
    }
}
