package org.shegong.modules.childprotection.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.platform.api.persistence.InstantConverter;
import org.shegong.platform.api.records.Refusal;

/**
 * A case (个案) on one child, from intake to closure.
 *
 * <p>Invariants:
 * <ul>
 *   <li>the stage moves only as {@link CaseStage} says; a wrong step is a {@link CaseRuleViolation} with its reason;</li>
 *   <li>a plan and a closure each need approval by someone other than who submitted them (never self-approval;
 *       that the approver is the station lead is the service's permission check);</li>
 *   <li>every step, approval and refusal returns a {@link Step} for the case history; reopening keeps the history
 *       and the old plan's approval, and starts the plan deadline again;</li>
 *   <li>deadlines are computed here from the given time: high risk — assessed within 24 hours and visited within
 *       3 days of intake; any case — plan approved within 15 days of (re)opening; in service — reviewed at the plan's
 *       interval; each overdue deadline is marked once and escalated once after the grace period, and a step that
 *       meets a marked deadline, even late, unmarks it at once (what is met is never listed as overdue).</li>
 * </ul>
 */
@Entity
@Table(name = "cp_case")
public class ChildCase extends CaseWorkRecord {

    public static final Duration HIGH_RISK_ASSESSMENT = Duration.ofHours(24);
    public static final Duration HIGH_RISK_VISIT = Duration.ofDays(3);
    public static final Duration PLAN_WITHIN = Duration.ofDays(15);

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "child_name", nullable = false, length = 50)
    private String childName;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private CaseStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private CaseSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10)
    private RiskLevel riskLevel;

    @Column(name = "risk_reasons", length = 1000)
    private String riskReasons;

    @Column(name = "needs", length = 200)
    private String needs;

    @Column(name = "intake_note", length = 1000)
    private String intakeNote;

    @Column(name = "intake_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant intakeAt;

    /** Intake, or the last reopening: the plan deadline counts from here. */
    @Column(name = "opened_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant openedAt;

    @Column(name = "assessed_at")
    @Convert(converter = InstantConverter.class)
    private Instant assessedAt;

    @Column(name = "first_visit_at")
    @Convert(converter = InstantConverter.class)
    private Instant firstVisitAt;

    @Column(name = "plan_goals", length = 2000)
    private String planGoals;

    @Column(name = "plan_actions", length = 2000)
    private String planActions;

    @Column(name = "review_every_days")
    private Integer reviewEveryDays;

    @Column(name = "plan_submitted_by", length = 100)
    private String planSubmittedBy;

    @Column(name = "plan_approved_by", length = 100)
    private String planApprovedBy;

    @Column(name = "plan_approved_at")
    @Convert(converter = InstantConverter.class)
    private Instant planApprovedAt;

    /** Whether the (last) plan was approved within 15 days of opening: the "plans approved on time" ratio. */
    @Column(name = "plan_on_time")
    private Boolean planOnTime;

    @Column(name = "last_review_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastReviewAt;

    @Column(name = "closure_reason", length = 1000)
    private String closureReason;

    @Column(name = "closure_requested_by", length = 100)
    private String closureRequestedBy;

    @Column(name = "closed_at")
    @Convert(converter = InstantConverter.class)
    private Instant closedAt;

    /** Deadline kinds overdue now, by name: what the start pages and the list's "overdue" filter show. */
    @Column(name = "overdue_kinds", nullable = false, length = 100)
    private String overdueKinds = "";

    @Column(name = "escalated_kinds", nullable = false, length = 100)
    private String escalatedKinds = "";

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    protected ChildCase() {
    }

    /** 接案: the initial risk is the intake's judgement (a hotline call about a child alone at home is high). */
    public ChildCase(long childId, String childName, String streetCode, Long workerId, CaseSource source,
                     RiskLevel initialRisk, String note, Instant at) {
        super(streetCode, workerId, null);
        if (source == null) {
            throw new CaseRuleViolation("childprotection.refused.chooseSource");
        }
        if (initialRisk == null) {
            throw new CaseRuleViolation("childprotection.refused.chooseInitialRisk");
        }
        this.childId = childId;
        this.childName = Objects.requireNonNull(childName);
        this.source = source;
        this.riskLevel = initialRisk;
        this.intakeNote = text(note, 1000, "childprotection.field.intakeNote", false);
        // Until an assessment gives its own reasons, why the intake judged the risk so is what was noted at intake.
        this.riskReasons = intakeNote;
        this.intakeAt = Objects.requireNonNull(at);
        this.openedAt = at;
        this.stage = CaseStage.INTAKE;
    }

    public Step intakeStep(String actor) {
        return new Step(StepKind.INTAKE, actor, intakeAt, intakeNote, riskLevel);
    }

    /** 预估: the needs found and the risk level with its reasons. */
    public Step assess(RiskLevel risk, String reasons, Set<NeedDomain> needsFound, String actor, Instant at) {
        require(stage == CaseStage.INTAKE || stage == CaseStage.ASSESSED, "childprotection.refused.assessWhen");
        List<Deadline> owed = deadlines();
        if (risk == null) {
            throw new CaseRuleViolation("childprotection.refused.chooseRisk");
        }
        if (needsFound == null || needsFound.isEmpty()) {
            throw new CaseRuleViolation("childprotection.refused.chooseNeeds");
        }
        this.riskReasons = text(reasons, 1000, "childprotection.field.riskReasons", true);
        this.riskLevel = risk;
        this.needs = String.join(",", EnumSet.copyOf(needsFound).stream().map(Enum::name).toList());
        if (assessedAt == null) {
            assessedAt = at;
        }
        stage = CaseStage.ASSESSED;
        unmarkMet(owed);
        return new Step(StepKind.ASSESSED, actor, at, riskReasons, risk);
    }

    /** 服务计划 submitted for the lead's approval. */
    public Step submitPlan(String goals, String actions, int reviewEvery, String actor, Instant at) {
        require(stage == CaseStage.ASSESSED, "childprotection.refused.planWhen");
        if (reviewEvery < 7 || reviewEvery > 180) {
            throw new CaseRuleViolation("childprotection.refused.reviewEvery", reviewEvery);
        }
        this.planGoals = text(goals, 2000, "childprotection.field.planGoals", true);
        this.planActions = text(actions, 2000, "childprotection.field.planActions", true);
        this.reviewEveryDays = reviewEvery;
        this.planSubmittedBy = Objects.requireNonNull(actor);
        stage = CaseStage.PLAN_SUBMITTED;
        return new Step(StepKind.PLAN_SUBMITTED, actor, at, null);
    }

    public Step approvePlan(String approver, Instant at) {
        return approvePlan(approver, null, at);
    }

    /** The plan approved, with the lead's note if one was typed: it is kept with the approval's step. */
    public Step approvePlan(String approver, String note, Instant at) {
        require(stage == CaseStage.PLAN_SUBMITTED, "childprotection.refused.noPlanAwaits");
        notOwn(approver, planSubmittedBy, "childprotection.refused.ownPlan");
        String n = text(note, 500, "childprotection.field.decisionNote", false);
        List<Deadline> owed = deadlines();
        this.planApprovedBy = approver;
        this.planApprovedAt = at;
        this.planOnTime = !at.isAfter(openedAt.plus(PLAN_WITHIN));
        this.lastReviewAt = null;
        stage = CaseStage.IN_SERVICE;
        unmarkMet(owed);
        return new Step(StepKind.PLAN_APPROVED, approver, at, n);
    }

    public Step refusePlan(String approver, String reason, Instant at) {
        require(stage == CaseStage.PLAN_SUBMITTED, "childprotection.refused.noPlanAwaits");
        notOwn(approver, planSubmittedBy, "childprotection.refused.ownPlan");
        String why = text(reason, 500, "childprotection.field.refusalReason", true);
        stage = CaseStage.ASSESSED;
        return new Step(StepKind.PLAN_REFUSED, approver, at, why);
    }

    /** A session or a visit: a visit (or tutoring at home) meets the high-risk visit deadline. */
    public Step sessionHeld(boolean atHome, String actor, Instant at, String note) {
        require(stage.isOpen(), "childprotection.refused.caseClosed");
        List<Deadline> owed = deadlines();
        if (atHome && firstVisitAt == null) {
            firstVisitAt = at;
        }
        unmarkMet(owed);
        return new Step(atHome ? StepKind.VISIT : StepKind.SESSION, actor, at, note);
    }

    /** 回访/评估 while in service. */
    public Step review(String note, String actor, Instant at) {
        require(stage == CaseStage.IN_SERVICE, "childprotection.refused.reviewWhen");
        String n = text(note, 1000, "childprotection.field.reviewNote", true);
        List<Deadline> owed = deadlines();
        lastReviewAt = at;
        unmarkMet(owed);
        return new Step(StepKind.REVIEWED, actor, at, n);
    }

    public Step requestClosure(String reason, String actor, Instant at) {
        require(stage == CaseStage.IN_SERVICE, "childprotection.refused.closeWhen");
        List<Deadline> owed = deadlines();
        this.closureReason = text(reason, 1000, "childprotection.field.closureReason", true);
        this.closureRequestedBy = Objects.requireNonNull(actor);
        stage = CaseStage.CLOSURE_REQUESTED;
        unmarkMet(owed);
        return new Step(StepKind.CLOSURE_REQUESTED, actor, at, closureReason);
    }

    public Step approveClosure(String approver, Instant at) {
        return approveClosure(approver, null, at);
    }

    /** The closure approved, with the lead's note if one was typed: it is kept with the approval's step. */
    public Step approveClosure(String approver, String note, Instant at) {
        require(stage == CaseStage.CLOSURE_REQUESTED, "childprotection.refused.noClosureAwaits");
        notOwn(approver, closureRequestedBy, "childprotection.refused.ownClosure");
        String n = text(note, 500, "childprotection.field.decisionNote", false);
        closedAt = at;
        stage = CaseStage.CLOSED;
        overdueKinds = "";
        escalatedKinds = "";
        overdue = false;
        return new Step(StepKind.CLOSURE_APPROVED, approver, at, n);
    }

    public Step refuseClosure(String approver, String reason, Instant at) {
        require(stage == CaseStage.CLOSURE_REQUESTED, "childprotection.refused.noClosureAwaits");
        notOwn(approver, closureRequestedBy, "childprotection.refused.ownClosure");
        String why = text(reason, 500, "childprotection.field.refusalReason", true);
        stage = CaseStage.IN_SERVICE;
        return new Step(StepKind.CLOSURE_REFUSED, approver, at, why);
    }

    /** Reopens a closed case: the history stays, a new plan is due within 15 days. */
    public Step reopen(String reason, String actor, Instant at) {
        require(stage == CaseStage.CLOSED, "childprotection.refused.reopenWhen");
        String why = text(reason, 500, "childprotection.field.reopenReason", true);
        openedAt = at;
        closedAt = null;
        planApprovedAt = null;
        planApprovedBy = null;
        planSubmittedBy = null;
        planOnTime = null;
        closureRequestedBy = null;
        stage = CaseStage.ASSESSED;
        return new Step(StepKind.REOPENED, actor, at, why);
    }

    /** The deadlines the case has now (met ones are gone). */
    public List<Deadline> deadlines() {
        List<Deadline> due = new ArrayList<>();
        if (!stage.isOpen()) {
            return due;
        }
        if (riskLevel == RiskLevel.HIGH && assessedAt == null) {
            due.add(new Deadline(DeadlineKind.ASSESSMENT, intakeAt.plus(HIGH_RISK_ASSESSMENT)));
        }
        if (riskLevel == RiskLevel.HIGH && firstVisitAt == null) {
            due.add(new Deadline(DeadlineKind.FIRST_VISIT, intakeAt.plus(HIGH_RISK_VISIT)));
        }
        if (planApprovedAt == null) {
            due.add(new Deadline(DeadlineKind.PLAN, openedAt.plus(PLAN_WITHIN)));
        }
        if (stage == CaseStage.IN_SERVICE && reviewEveryDays != null) {
            Instant from = lastReviewAt != null ? lastReviewAt : planApprovedAt;
            due.add(new Deadline(DeadlineKind.REVIEW, from.plus(Duration.ofDays(reviewEveryDays))));
        }
        return due;
    }

    public List<Deadline> overdueAt(Instant now) {
        return deadlines().stream().filter(d -> d.isOverdueAt(now)).toList();
    }

    /**
     * A step that meets a deadline unmarks it at once — the caseload, its "overdue" filter and the start page
     * read the marks — whether it was met on time or late: a marked deadline stays marked only while the case
     * still owes it unchanged ({@code owed}, the deadlines before the step). One no longer owed (assessed,
     * visited, plan approved, closure requested) or owed anew (the next review, counted from this one) is met.
     * Only the daily check marks what has newly become overdue, with its OVERDUE and ESCALATED steps.
     */
    private void unmarkMet(List<Deadline> owed) {
        List<Deadline> owedNow = deadlines();
        Set<DeadlineKind> stillOverdue = EnumSet.noneOf(DeadlineKind.class);
        for (DeadlineKind k : kinds(overdueKinds)) {
            if (owed.stream().anyMatch(d -> d.kind() == k && owedNow.contains(d))) {
                stillOverdue.add(k);
            }
        }
        Set<DeadlineKind> stillEscalated = kinds(escalatedKinds);
        stillEscalated.retainAll(stillOverdue);
        overdueKinds = names(stillOverdue);
        escalatedKinds = names(stillEscalated);
        overdue = !stillOverdue.isEmpty();
    }

    /**
     * The daily check: marks each newly overdue deadline once (an OVERDUE step) and escalates it to the
     * lead once when still overdue after the grace period (an ESCALATED step); a deadline met since is
     * unmarked, so a later one of the same kind (the next review) is marked and escalated again.
     */
    public List<Step> checkDeadlines(Instant now, Duration grace, String actor) {
        Set<DeadlineKind> wasOverdue = kinds(overdueKinds);
        Set<DeadlineKind> wasEscalated = kinds(escalatedKinds);
        Set<DeadlineKind> overdueNow = EnumSet.noneOf(DeadlineKind.class);
        Set<DeadlineKind> escalatedNow = EnumSet.noneOf(DeadlineKind.class);
        List<Step> steps = new ArrayList<>();
        for (Deadline d : overdueAt(now)) {
            overdueNow.add(d.kind());
            if (!wasOverdue.contains(d.kind())) {
                steps.add(new Step(StepKind.OVERDUE, actor, now, d.kind().name()));
            }
            if (now.isAfter(d.dueAt().plus(grace))) {
                escalatedNow.add(d.kind());
                if (!wasEscalated.contains(d.kind())) {
                    steps.add(new Step(StepKind.ESCALATED, actor, now, d.kind().name()));
                }
            } else if (wasEscalated.contains(d.kind())) {
                escalatedNow.add(d.kind());
            }
        }
        overdueKinds = names(overdueNow);
        escalatedKinds = names(escalatedNow);
        overdue = !overdueNow.isEmpty();
        return steps;
    }

    public Set<DeadlineKind> getOverdueKinds() {
        return kinds(overdueKinds);
    }

    public Set<DeadlineKind> getEscalatedKinds() {
        return kinds(escalatedKinds);
    }

    public Set<NeedDomain> getNeeds() {
        Set<NeedDomain> set = EnumSet.noneOf(NeedDomain.class);
        if (needs != null && !needs.isBlank()) {
            for (String s : needs.split(",")) {
                set.add(NeedDomain.valueOf(s));
            }
        }
        return set;
    }

    /** Whether it waits for someone's approval, and whose it must not be. */
    public boolean awaitsApproval() {
        return stage == CaseStage.PLAN_SUBMITTED || stage == CaseStage.CLOSURE_REQUESTED;
    }

    private static Set<DeadlineKind> kinds(String names) {
        Set<DeadlineKind> set = EnumSet.noneOf(DeadlineKind.class);
        if (names != null && !names.isBlank()) {
            for (String s : names.split(",")) {
                set.add(DeadlineKind.valueOf(s));
            }
        }
        return set;
    }

    private static String names(Set<DeadlineKind> kinds) {
        return String.join(",", kinds.stream().map(Enum::name).toList());
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new CaseRuleViolation(reason);
        }
    }

    private static void notOwn(String approver, String submitter, String reason) {
        if (approver == null || approver.equals(submitter)) {
            throw new CaseRuleViolation(reason);
        }
    }

    static String text(String value, int max, String what, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new CaseRuleViolation("childprotection.refused.required", new Refusal.Label(what));
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new CaseRuleViolation("childprotection.refused.tooLong", new Refusal.Label(what), max);
        }
        return v;
    }

    public long getChildId() {
        return childId;
    }

    public String getChildName() {
        return childName;
    }

    public CaseStage getStage() {
        return stage;
    }

    public CaseSource getSource() {
        return source;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getRiskReasons() {
        return riskReasons;
    }

    public String getIntakeNote() {
        return intakeNote;
    }

    public Instant getIntakeAt() {
        return intakeAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public Instant getFirstVisitAt() {
        return firstVisitAt;
    }

    public String getPlanGoals() {
        return planGoals;
    }

    public String getPlanActions() {
        return planActions;
    }

    public Integer getReviewEveryDays() {
        return reviewEveryDays;
    }

    public String getPlanSubmittedBy() {
        return planSubmittedBy;
    }

    public String getPlanApprovedBy() {
        return planApprovedBy;
    }

    public Instant getPlanApprovedAt() {
        return planApprovedAt;
    }

    public Boolean getPlanOnTime() {
        return planOnTime;
    }

    public Instant getLastReviewAt() {
        return lastReviewAt;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public String getClosureRequestedBy() {
        return closureRequestedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
