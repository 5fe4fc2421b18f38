package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseGrant;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.NeedDomain;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.casework.Step;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;
import org.shegong.modules.childprotection.domain.model.session.ServiceSession;
import org.shegong.modules.childprotection.domain.model.session.SessionKind;
import org.shegong.modules.childprotection.domain.model.session.SessionRepository;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlanRepository;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.CommunityCard;
import org.shegong.platform.api.directory.CommunityCards;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * Case work (个案) from intake to closure: every step goes through the case's own rules, lands in its
 * history (and the audit trail), and is done only on a case the person may see. Approvals are the
 * lead's permission; that nobody approves their own plan or closure is the case's rule.
 */
@ApplicationScoped
@Transactional
public class CaseWork {

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    SessionRepository sessions;

    @Inject
    LearningPlanRepository plans;

    @Inject
    ChildRegister register;

    @Inject
    NeedToKnow needToKnow;

    @Inject
    StaffCards staff;

    @Inject
    CommunityCards communities;

    @Inject
    SignedIn signedIn;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** 接案 on a registered child; the case is mine, and the child's record follows its workers. */
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase intake(long childId, CaseSource source, RiskLevel risk, String note) {
        Child child = register.visible(childId);
        if (cases.ofChild(childId).stream().anyMatch(c -> c.getStage().isOpen())) {
            throw new Refusal("childprotection.refused.openCaseExists");
        }
        Long me = signedIn.staffId().orElseThrow(() -> new Refusal("childprotection.refused.onlyStaffIntake"));
        ChildCase c = new ChildCase(childId, child.getName(), child.getStreetCode(), me, source, risk, note, now());
        cases.store(c);
        child.assignTo(me, null);
        children.store(child);
        follow(childId, me, null);
        keep(c, c.intakeStep(signedIn.username()));
        return c;
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase assess(long caseId, RiskLevel risk, String reasons, Set<NeedDomain> needs) {
        ChildCase c = workable(caseId);
        return keep(c, c.assess(risk, reasons, needs, signedIn.username(), now()));
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase submitPlan(long caseId, String goals, String actions, Integer reviewEveryDays) {
        ChildCase c = workable(caseId);
        if (reviewEveryDays == null) {
            throw new Refusal("childprotection.refused.reviewInterval");
        }
        return keep(c, c.submitPlan(goals, actions, reviewEveryDays, signedIn.username(), now()));
    }

    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public ChildCase decidePlan(long caseId, boolean approve, String reason) {
        ChildCase c = workable(caseId);
        return keep(c, approve ? c.approvePlan(signedIn.username(), reason, now()) : c.refusePlan(signedIn.username(), reason, now()));
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ServiceSession logSession(long caseId, SessionKind kind, LocalDate heldOn, Integer minutes, String content,
                                     String progress, String nextStep, String tutor) {
        ChildCase c = workable(caseId);
        if (minutes == null) {
            throw new Refusal("childprotection.refused.minutesRequired");
        }
        LocalDate today = LocalDate.now(clock);
        // A home-tutoring session with no tutor named was given by the learning plan's tutor.
        String by = kind == SessionKind.HOME_TUTORING && (tutor == null || tutor.isBlank())
                ? plans.ofChild(c.getChildId()).map(p -> p.getTutor().name()).orElse(tutor) : tutor;
        ServiceSession s = new ServiceSession(c, kind, heldOn, minutes, content, progress, nextStep, by, signedIn.username(),
                today, LocalDate.ofInstant(c.getIntakeAt(), clock.getZone()));
        sessions.store(s);
        Instant at = heldOn.equals(today) ? now() : heldOn.atStartOfDay(clock.getZone()).toInstant();
        keep(c, c.sessionHeld(kind.atHome(), signedIn.username(), at, kind.name()));
        return s;
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase review(long caseId, String note) {
        ChildCase c = workable(caseId);
        return keep(c, c.review(note, signedIn.username(), now()));
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase requestClosure(long caseId, String reason) {
        ChildCase c = workable(caseId);
        return keep(c, c.requestClosure(reason, signedIn.username(), now()));
    }

    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public ChildCase decideClosure(long caseId, boolean approve, String reason) {
        ChildCase c = workable(caseId);
        return keep(c, approve ? c.approveClosure(signedIn.username(), reason, now()) : c.refuseClosure(signedIn.username(), reason, now()));
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildCase reopen(long caseId, String reason) {
        ChildCase c = workable(caseId);
        return keep(c, c.reopen(reason, signedIn.username(), now()));
    }

    /** The lead hands a case to workers of its station (and the child's record and the case's records follow). */
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public ChildCase assign(long caseId, Long workerId, Long secondWorkerId) {
        ChildCase c = workable(caseId);
        Map<Long, String> atStation = staff.namesAt(Set.of(c.getStreetCode()));
        if (workerId == null || !atStation.containsKey(workerId) || (secondWorkerId != null && !atStation.containsKey(secondWorkerId))) {
            throw new Refusal("childprotection.refused.workerNotOfStation");
        }
        c.assignTo(workerId, secondWorkerId);
        cases.store(c);
        children.find(c.getChildId()).ifPresent(child -> {
            child.assignTo(workerId, secondWorkerId);
            children.store(child);
        });
        cases.reassignRecordsOf(caseId, workerId, secondWorkerId);
        follow(c.getChildId(), workerId, secondWorkerId);
        // The people's names as they read now, not their ids: the history is read by people (issue 15).
        List<String> names = new ArrayList<>(List.of(atStation.get(workerId)));
        if (secondWorkerId != null) {
            names.add(atStation.get(secondWorkerId));
        }
        audit.record(NeedToKnow.CASE_KIND, caseId, ChildProtectionActions.ASSIGNED, Said.of("childprotection.history.assigned", Said.values(names)));
        return c;
    }

    /** A grant made, with the grantee as people know them (their name, issue 15). */
    public record Granted(CaseGrant grant, String granteeName) {
    }

    /** The lead grants one case to someone outside its need-to-know (the operator admin), recorded. */
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public Granted grant(long caseId, String grantee, String reason) {
        ChildCase c = workable(caseId);
        CaseGrant g = new CaseGrant(c.getId(), grantee, reason);
        if (cases.isGranted(caseId, g.getGrantee())) {
            throw new Refusal("childprotection.refused.alreadyGranted");
        }
        // The history names the person as colleagues know them, not their login (issue 15); a login the
        // operator's staff does not have could never use the grant, so it is refused rather than kept.
        String granteeName = staff.nameOf(g.getGrantee()).orElseThrow(() -> new Refusal("childprotection.refused.granteeUnknown"));
        cases.grant(g);
        audit.record(NeedToKnow.CASE_KIND, caseId, ChildProtectionActions.GRANTED, Said.of("childprotection.history.granted", granteeName, g.getReason()));
        return new Granted(g, granteeName);
    }

    /** Opens a case's detail, recording the read with its purpose. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public ChildCase open(long caseId, ReadPurpose purpose) {
        return needToKnow.open(find(caseId), purpose);
    }

    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseStep> history(long caseId) {
        return cases.history(needToKnow.require(find(caseId)).getId());
    }

    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceSession> sessionsOf(long caseId) {
        return sessions.ofCase(needToKnow.require(find(caseId)).getId());
    }

    /** 查阅记录: who read the case, when and why — the lead's. */
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> readsOf(long caseId) {
        ChildCase c = needToKnow.require(find(caseId));
        return audit.reads(ReadQuery.ofRecord(NeedToKnow.CASE_KIND, c.getId()), 0, 200);
    }

    /** The children list: the cases the person may see, filtered, one page. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildCase> list(CaseFilter filter, int first, int max) {
        return cases.visible(needToKnow.clause(CaseRepository.ALIAS), filter == null ? CaseFilter.any() : filter, first, max);
    }

    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CaseFilter filter) {
        return cases.countVisible(needToKnow.clause(CaseRepository.ALIAS), filter == null ? CaseFilter.any() : filter);
    }

    /**
     * A page of the list sent to a client (the API), recorded in the read log as a list read with its
     * row count — as the platform records its residents API.
     */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public List<ChildCase> listed(CaseFilter filter, int first, int max, String purpose) {
        List<ChildCase> page = list(filter, first, max);
        audit.readList(NeedToKnow.CASE_KIND, AuditAction.LISTED, page.size(), purpose);
        return page;
    }

    /**
     * A page of the list shown on a page that renders on every visit (the start page's panel): recorded
     * as a list read only when it lists at least one case — a read of nothing is no read of anyone's
     * data, and the empty panel would otherwise fill the read log on each visit. The API's lists keep
     * recording empty pages ({@link #listed}): there the client chose the filter (a name searched).
     */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public List<ChildCase> shown(CaseFilter filter, int first, int max, String purpose) {
        List<ChildCase> page = list(filter, first, max);
        if (!page.isEmpty()) {
            audit.readList(NeedToKnow.CASE_KIND, AuditAction.LISTED, page.size(), purpose);
        }
        return page;
    }

    /**
     * The start page's overdue cases: who does case work (lead, worker) gets the cases the need-to-know
     * rule lets them see, counted and the first {@code max} listed ({@link #shown}, a read when it lists
     * any); who only reads (the operator admin) gets how many of the chosen stations' cases are overdue
     * and no names ({@code countOnly}) — their rule lists none, so its 0 would be false.
     */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public OverdueOnStart overdueOnStart(int max, String purpose) {
        CaseFilter overdue = new CaseFilter(null, null, null, null, null, true);
        if (permissions.holds(ChildProtectionPermissions.WORK)) {
            return new OverdueOnStart(count(overdue), shown(overdue, 0, max, purpose), false);
        }
        Set<String> stations = new java.util.TreeSet<>(signedIn.selectedStationCodes());
        stations.retainAll(signedIn.stationCodes());
        long n = cases.countOverduePerStreet(stations).values().stream().mapToLong(Long::longValue).sum();
        return new OverdueOnStart(n, List.of(), true);
    }

    /** How many cases are overdue; the first of them when the person may see them, else none ({@code countOnly}). */
    public record OverdueOnStart(long count, List<ChildCase> listed, boolean countOnly) {
    }

    /** A count sent to a client (the API), recorded as a list read of that many rows. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public long counted(CaseFilter filter, String purpose) {
        long n = count(filter);
        audit.readList(NeedToKnow.CASE_KIND, AuditAction.LISTED, Math.toIntExact(n), purpose);
        return n;
    }

    /** My caseload sent to a client (the API), recorded as a list read. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public List<ChildCase> myCaseloadListed(String purpose) {
        List<ChildCase> mine = myCaseload();
        audit.readList(NeedToKnow.CASE_KIND, AuditAction.LISTED, mine.size(), purpose);
        return mine;
    }

    /** My caseload: open cases I am assigned to, overdue first. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildCase> myCaseload() {
        Long me = signedIn.staffId().orElse(-1L);
        return list(new CaseFilter(null, null, null, null, me, null), 0, 500).stream().filter(c -> c.getStage().isOpen()).toList();
    }

    /** The lead's approvals queue: plans and closures waiting at the lead's stations. */
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildCase> awaitingApproval() {
        List<ChildCase> queue = new ArrayList<>(list(new CaseFilter(null, null, null, CaseStage.PLAN_SUBMITTED, null, null), 0, 500));
        queue.addAll(list(new CaseFilter(null, null, null, CaseStage.CLOSURE_REQUESTED, null, null), 0, 500));
        return queue;
    }

    /**
     * The lead's approvals queue with what each item asks the lead to approve: the plan's goals and measures, or
     * the closure's reason. That is the case's detail, not a list's row, so each case shown is opened as a read
     * with the purpose 审批 ({@link ReadPurpose#APPROVAL}, PIPL: a child's case read for a decision is still a
     * read). Showing only what the list already shows would leave the lead approving a plan unseen; recording
     * here is what lets the page show it. Each rendering of the queue is one read per case shown.
     */
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public List<ChildCase> openedForApproval() {
        List<ChildCase> queue = awaitingApproval();
        queue.forEach(c -> needToKnow.open(c, ReadPurpose.APPROVAL));
        return queue;
    }

    /** The visible list for an export (at most 500), recorded as an export with its row count. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public List<ChildCase> export(CaseFilter filter) {
        List<ChildCase> rows = cases.visible(needToKnow.clause(CaseRepository.ALIAS), filter == null ? CaseFilter.any() : filter, 0, 500);
        audit.readList(NeedToKnow.CASE_KIND, AuditAction.EXPORTED, rows.size(), Said.of("childprotection.purpose.exported"));
        return rows;
    }

    /** Other staff of my stations: which children are served (masked) and by whom — nothing more. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServedChild> servedAtMyStations() {
        Map<Long, String> names = staff.namesAt(signedIn.stationCodes());
        return cases.openAt(signedIn.stationCodes()).stream().map(c -> new ServedChild(masked(c.getChildName()), c.getStreetCode(),
                c.workers().stream().map(id -> names.getOrDefault(id, "—")).toList())).toList();
    }

    /** The operator's counts of open cases per street, nothing personal (the admin's view). */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> openCasesPerStreet(Set<String> streetCodes) {
        return cases.countOpenPerStreet(streetCodes);
    }

    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffCard> staffOfMyStations() {
        return staff.atStations(signedIn.stationCodes()).stream().filter(s -> s.id() != null).toList();
    }

    /** The child's learning plan follows the child's workers (the need-to-know rule reads them on it too). */
    private void follow(long childId, Long workerId, Long secondWorkerId) {
        plans.ofChild(childId).ifPresent(p -> {
            p.assignTo(workerId, secondWorkerId);
            plans.store(p);
        });
    }

    /** The stations of the person, for the list's station filter. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> myStations() {
        return signedIn.stationCodes().stream().sorted().toList();
    }

    /** The communities my stations serve, for the list's community filter. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommunityCard> communitiesOfMyStations() {
        return communities.ofStreets(signedIn.stationCodes());
    }

    /** The staff of my stations, for the list's worker filter (the rule still decides whose cases show). */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffCard> workersOfMyStations() {
        return staff.atStations(signedIn.stationCodes()).stream().filter(c -> c.id() != null).toList();
    }

    ChildCase find(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new RecordNotFoundException("个案 case", caseId));
    }

    /** A case the person may work on: by the rule (a grant is for reading only). */
    ChildCase workable(long caseId) {
        ChildCase c = find(caseId);
        if (!needToKnow.byRule(c)) {
            throw new RecordNotFoundException("个案 case", caseId);
        }
        return c;
    }

    ChildCase keep(ChildCase c, Step step) {
        cases.store(c);
        cases.append(new CaseStep(c.getId(), step));
        // The step's kind only: notes about a child stay in the case history, behind the need-to-know rule.
        audit.record(NeedToKnow.CASE_KIND, c.getId(), ChildProtectionActions.STEP, Said.of("childprotection.history.step", new Refusal.Label("childprotection.step." + step.kind().name())));
        return c;
    }

    private Instant now() {
        return clock.instant();
    }

    static String masked(String name) {
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
