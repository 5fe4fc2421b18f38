package org.shegong.modules.childprotection.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.ChildFile;
import org.shegong.modules.childprotection.application.ChildProtectionPermissions;
import org.shegong.modules.childprotection.application.LearningPlans;
import org.shegong.modules.childprotection.application.ChildReferrals;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.ReadPurpose;
import org.shegong.modules.childprotection.application.ServedChild;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.NeedDomain;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.modules.childprotection.domain.model.child.UnattendedReason;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.PartnerKind;
import org.shegong.modules.childprotection.domain.model.referral.ReferralStatus;
import org.shegong.modules.childprotection.domain.model.session.ServiceSession;
import org.shegong.modules.childprotection.domain.model.session.SessionKind;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlan;
import org.shegong.modules.childprotection.domain.model.tutoring.TutorKind;
import org.shegong.platform.api.directory.StationCard;
import org.shegong.platform.api.directory.StationCards;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.Refusal;

/**
 * The child-protection API: my caseload, log a session, record a visit from a phone, and the case work
 * behind the pages. The module switch and the permission are checked before the body is read (404 when
 * off, 403 without it) and again by the services; which cases a person reaches is the need-to-know rule
 * (another station's or tenant's case is 404). Reading a case one is not assigned to needs {@code ?purpose=}.
 */
@Path("childprotection")
@RequiresPermission(ChildProtectionPermissions.READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChildProtectionResource {

    public record CaseRow(long id, long childId, String childName, String streetCode, CaseStage stage, RiskLevel risk,
                          boolean overdue, Set<String> overdueKinds) {
        static CaseRow of(ChildCase c) {
            return new CaseRow(c.getId(), c.getChildId(), c.getChildName(), c.getStreetCode(), c.getStage(), c.getRiskLevel(),
                    c.isOverdue(), c.getOverdueKinds().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        }
    }

    public record CaseView(long id, long childId, String childName, String streetCode, Long workerId, Long secondWorkerId,
                           CaseStage stage, CaseSource source, RiskLevel risk, String riskReasons, Set<NeedDomain> needs,
                           String intakeNote, Instant intakeAt, Instant assessedAt, Instant firstVisitAt, String planGoals,
                           String planActions, Integer reviewEveryDays, String planSubmittedBy, String planApprovedBy,
                           Instant planApprovedAt, String closureReason, Instant closedAt, boolean overdue) {
        static CaseView of(ChildCase c) {
            return new CaseView(c.getId(), c.getChildId(), c.getChildName(), c.getStreetCode(), c.getWorkerId(), c.getSecondWorkerId(),
                    c.getStage(), c.getSource(), c.getRiskLevel(), c.getRiskReasons(), c.getNeeds(), c.getIntakeNote(), c.getIntakeAt(),
                    c.getAssessedAt(), c.getFirstVisitAt(), c.getPlanGoals(), c.getPlanActions(), c.getReviewEveryDays(),
                    c.getPlanSubmittedBy(), c.getPlanApprovedBy(), c.getPlanApprovedAt(), c.getClosureReason(), c.getClosedAt(),
                    c.isOverdue());
        }
    }

    public record ChildView(long id, long residentId, String name, String streetCode, ChildCategory category,
                            UnattendedReason unattendedReason, boolean inSchool, String school, String grade, String notInSchoolReason,
                            String health, String disability, String household, List<Guardian> guardians, String childDirector,
                            String consentGivenBy, LocalDate consentGivenOn, Set<ConsentScope> consentScopes, LocalDate consentWithdrawnOn) {
        static ChildView of(Child c) {
            return new ChildView(c.getId(), c.getResidentId(), c.getName(), c.getStreetCode(), c.getCategory(), c.getUnattendedReason(),
                    c.isInSchool(), c.getSchool(), c.getGrade(), c.getNotInSchoolReason(), c.getHealth(), c.getDisability(),
                    c.getHousehold(), c.getGuardians(), c.getChildDirector(), c.getConsent().getGivenBy(), c.getConsent().getGivenOn(),
                    c.getConsent().getScopes(), c.getConsent().getWithdrawnOn());
        }
    }

    public record ChildRequest(Long residentId, ChildCategory category, UnattendedReason unattendedReason, Boolean inSchool,
                               String school, String grade, String notInSchoolReason, String health, String disability,
                               String household, List<Guardian> guardians, String childDirector) {
        ChildDetails details() {
            return new ChildDetails(category, unattendedReason, inSchool == null || inSchool, school, grade, notInSchoolReason, health,
                    disability, household, guardians, childDirector);
        }
    }

    public record ConsentRequest(String guardian, LocalDate givenOn, Set<ConsentScope> scopes) {
    }

    public record ReasonRequest(String reason) {
    }

    public record IntakeRequest(CaseSource source, RiskLevel risk, String note) {
    }

    public record AssessmentRequest(RiskLevel risk, String reasons, Set<NeedDomain> needs) {
    }

    public record PlanRequest(String goals, String actions, Integer reviewEveryDays) {
    }

    public record DecisionRequest(Boolean approve, String reason) {
    }

    public record SessionRequest(SessionKind kind, LocalDate heldOn, Integer minutes, String content, String progress,
                                 String nextStep, String tutor) {
    }

    public record SessionView(long id, long caseId, SessionKind kind, LocalDate heldOn, int minutes, String content,
                              String progress, String nextStep, String tutor, String loggedBy) {
        static SessionView of(ServiceSession s) {
            return new SessionView(s.getId(), s.getCaseId(), s.getKind(), s.getHeldOn(), s.getMinutes(), s.getContent(),
                    s.getProgress(), s.getNextStep(), s.getTutor(), s.getLoggedBy());
        }
    }

    public record LearningPlanRequest(List<String> subjects, String goals, Long tutorStaffId, String volunteerName) {
    }

    public record LearningPlanView(long childId, List<String> subjects, String goals, TutorKind tutorKind, Long tutorStaffId,
                                   String tutorName) {
        static LearningPlanView of(LearningPlan p) {
            return new LearningPlanView(p.getChildId(), p.getSubjects(), p.getGoals(), p.getTutor().kind(), p.getTutor().staffId(),
                    p.getTutor().name());
        }
    }

    public record WorkersRequest(Long workerId, Long secondWorkerId) {
    }

    public record GrantRequest(String grantee, String reason) {
    }

    public record ReferralRequest(PartnerKind partnerKind, String partnerName, String reason, Integer slaDays) {
    }

    public record ReferralAnswer(ReferralStatus status, String text) {
    }

    public record ReferralView(long id, long caseId, PartnerKind partnerKind, String partnerName, String reason,
                               ReferralStatus status, LocalDate requestedOn, LocalDate dueBy, boolean overdue, String outcome) {
        static ReferralView of(ChildReferral r, LocalDate today) {
            return new ReferralView(r.getId(), r.getCaseId(), r.getPartnerKind(), r.getPartnerName(), r.getReason(), r.getStatus(),
                    r.getRequestedOn(), r.getDueBy(), r.isOverdue(today), r.getOutcome());
        }
    }

    /** {@code risk}: the level an intake or assessment set (null on other steps); {@code note}: what was typed for the step. */
    public record StepView(String kind, String actor, Instant at, String note, RiskLevel risk) {
        static StepView of(CaseStep s) {
            return new StepView(s.getKind().name(), s.getActor(), s.getAt(), s.getNote(), s.getRisk());
        }
    }

    public record ReadView(String actor, Instant at, String purpose) {
    }

    @Inject
    CaseWork caseWork;

    @Context
    HttpHeaders headers;

    @Inject
    ChildRegister register;

    @Inject
    ChildReferrals referrals;

    @Inject
    SignedIn signedIn;

    @Inject
    ChildFile childFile;

    @Inject
    LearningPlans learningPlans;

    // ---- lists: every one through the need-to-know rule ----

    @GET
    @Path("caseload")
    public List<CaseRow> myCaseload() {
        return caseWork.myCaseloadListed(Said.of("childprotection.purpose.apiCaseload")).stream().map(CaseRow::of).toList();
    }

    @GET
    @Path("cases")
    public List<CaseRow> cases(@QueryParam("name") String name, @QueryParam("category") String category,
                               @QueryParam("risk") String risk, @QueryParam("stage") String stage,
                               @QueryParam("worker") Long worker, @QueryParam("overdue") Boolean overdue,
                               @QueryParam("station") String station, @QueryParam("community") String community,
                               @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        CaseFilter filter = new CaseFilter(name, parse(ChildCategory.class, category), parse(RiskLevel.class, risk),
                parse(CaseStage.class, stage), worker, overdue, station, community);
        return caseWork.listed(filter, first == null ? 0 : first, max == null ? 50 : max, Said.of(name == null || name.isBlank()
                ? "childprotection.purpose.apiList" : "childprotection.purpose.apiSearch")).stream().map(CaseRow::of).toList();
    }

    @GET
    @Path("cases/count")
    public Map<String, Long> count() {
        return Map.of("count", caseWork.counted(CaseFilter.any(), Said.of("childprotection.purpose.apiCount")));
    }

    /** The cases I may see as a spreadsheet's CSV, in my language (recorded as an export). */
    @GET
    @Path("cases/export")
    @Produces("text/csv")
    public Response export() {
        // The charset said in the answer, not in @Produces: there Liberty's JAX-RS let cases/{id} take the route.
        return Response.ok(CaseListCsv.of(caseWork.export(CaseFilter.any()), language(),
                street -> stations.ofStreet(street).map(StationCard::name).orElse(street))).type("text/csv; charset=UTF-8").build();
    }

    @Inject
    StationCards stations;

    /** Who serves which child at my stations (names masked): what other staff of the station may know. */
    @GET
    @Path("served")
    public List<ServedChild> served() {
        return caseWork.servedAtMyStations();
    }

    /** Staff of my stations, for assigning workers (the lead's). */
    @GET
    @Path("workers")
    public List<Map<String, Object>> workers() {
        return caseWork.staffOfMyStations().stream()
                .map(s -> Map.<String, Object>of("id", s.id(), "name", s.name(), "streetCode", s.streetCode())).toList();
    }

    /** Open cases per street of my stations: numbers only (what the operator admin sees). */
    @GET
    @Path("counts")
    public Map<String, Long> counts() {
        return caseWork.openCasesPerStreet(signedIn.stationCodes());
    }

    @GET
    @Path("approvals")
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public List<CaseRow> approvals() {
        return caseWork.awaitingApproval().stream().map(CaseRow::of).toList();
    }

    // ---- one case: read recorded with its purpose ----

    @GET
    @Path("cases/{id}")
    public CaseView openCase(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return CaseView.of(caseWork.open(id, parse(ReadPurpose.class, purpose)));
    }

    @GET
    @Path("cases/{id}/history")
    public List<StepView> history(@PathParam("id") long id) {
        return caseWork.history(id).stream().map(StepView::of).toList();
    }

    @GET
    @Path("cases/{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") long id) {
        return caseWork.sessionsOf(id).stream().map(SessionView::of).toList();
    }

    @GET
    @Path("cases/{id}/referrals")
    public List<ReferralView> referralsOf(@PathParam("id") long id) {
        LocalDate today = referrals.today();
        return referrals.ofCase(id).stream().map(r -> ReferralView.of(r, today)).toList();
    }

    @GET
    @Path("cases/{id}/reads")
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public List<ReadView> reads(@PathParam("id") long id) {
        return caseWork.readsOf(id).stream().map(this::read).toList();
    }

    // ---- children ----

    @POST
    @Path("children")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildView registerChild(ChildRequest body) {
        ChildRequest r = required(body);
        if (r.residentId() == null) {
            throw new Refusal("childprotection.refused.resident");
        }
        return ChildView.of(register.register(r.residentId(), r.details()));
    }

    /** A child's record, as the child page opens it: recorded as a read with its purpose. */
    @GET
    @Path("children/{id}")
    public ChildView child(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return ChildView.of(childFile.open(id, parse(ReadPurpose.class, purpose)).child());
    }

    @GET
    @Path("children/{id}/learning-plan")
    public LearningPlanView learningPlan(@PathParam("id") long id) {
        return LearningPlanView.of(learningPlans.ofChild(id)
                .orElseThrow(() -> new RecordNotFoundException("送教学习计划 learning plan", id)));
    }

    /** Makes or revises the child's home-tutoring plan (送教上门): subjects, goals, a staff or volunteer tutor. */
    @PUT
    @Path("children/{id}/learning-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public LearningPlanView planLearning(@PathParam("id") long id, LearningPlanRequest body) {
        LearningPlanRequest r = required(body);
        return LearningPlanView.of(learningPlans.plan(id, r.subjects(), r.goals(), r.tutorStaffId(), r.volunteerName()));
    }

    @PUT
    @Path("children/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildView recordChild(@PathParam("id") long id, ChildRequest body) {
        return ChildView.of(register.record(id, required(body).details()));
    }

    @PUT
    @Path("children/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildView consent(@PathParam("id") long id, ConsentRequest body) {
        ConsentRequest r = required(body);
        return ChildView.of(register.consent(id, r.guardian(), r.givenOn(), r.scopes() == null ? Set.of() : nonEmpty(r.scopes())));
    }

    @POST
    @Path("children/{id}/consent/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildView withdrawConsent(@PathParam("id") long id, ReasonRequest body) {
        return ChildView.of(register.withdrawConsent(id, reason(body)));
    }

    @POST
    @Path("children/{id}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView intake(@PathParam("id") long childId, IntakeRequest body) {
        IntakeRequest r = required(body);
        return CaseView.of(caseWork.intake(childId, r.source(), r.risk(), r.note()));
    }

    // ---- case steps ----

    @POST
    @Path("cases/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView assess(@PathParam("id") long id, AssessmentRequest body) {
        AssessmentRequest r = required(body);
        return CaseView.of(caseWork.assess(id, r.risk(), r.reasons(), r.needs() == null ? Set.of() : nonEmpty(r.needs())));
    }

    @POST
    @Path("cases/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView submitPlan(@PathParam("id") long id, PlanRequest body) {
        PlanRequest r = required(body);
        return CaseView.of(caseWork.submitPlan(id, r.goals(), r.actions(), r.reviewEveryDays()));
    }

    @POST
    @Path("cases/{id}/plan/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public CaseView decidePlan(@PathParam("id") long id, DecisionRequest body) {
        DecisionRequest r = decision(body);
        return CaseView.of(caseWork.decidePlan(id, r.approve(), r.reason()));
    }

    /** Log a session from a phone (送教上门, life skills, psychological support, a visit). */
    @POST
    @Path("cases/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public SessionView logSession(@PathParam("id") long id, SessionRequest body) {
        SessionRequest r = required(body);
        return SessionView.of(caseWork.logSession(id, r.kind(), r.heldOn(), r.minutes(), r.content(), r.progress(), r.nextStep(),
                r.tutor()));
    }

    /** Record a home visit from a phone: a session of kind HOME_VISIT. */
    @POST
    @Path("cases/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public SessionView recordVisit(@PathParam("id") long id, SessionRequest body) {
        SessionRequest r = required(body);
        return SessionView.of(caseWork.logSession(id, SessionKind.HOME_VISIT, r.heldOn(), r.minutes(), r.content(), r.progress(),
                r.nextStep(), null));
    }

    @POST
    @Path("cases/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView review(@PathParam("id") long id, ReasonRequest body) {
        return CaseView.of(caseWork.review(id, reason(body)));
    }

    @POST
    @Path("cases/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView requestClosure(@PathParam("id") long id, ReasonRequest body) {
        return CaseView.of(caseWork.requestClosure(id, reason(body)));
    }

    @POST
    @Path("cases/{id}/closure/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public CaseView decideClosure(@PathParam("id") long id, DecisionRequest body) {
        DecisionRequest r = decision(body);
        return CaseView.of(caseWork.decideClosure(id, r.approve(), r.reason()));
    }

    @POST
    @Path("cases/{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public CaseView reopen(@PathParam("id") long id, ReasonRequest body) {
        return CaseView.of(caseWork.reopen(id, reason(body)));
    }

    @PUT
    @Path("cases/{id}/workers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public CaseView assign(@PathParam("id") long id, WorkersRequest body) {
        WorkersRequest r = required(body);
        return CaseView.of(caseWork.assign(id, r.workerId(), r.secondWorkerId()));
    }

    @POST
    @Path("cases/{id}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.LEAD)
    public Map<String, Object> grant(@PathParam("id") long id, GrantRequest body) {
        GrantRequest r = required(body);
        CaseWork.Granted granted = caseWork.grant(id, r.grantee(), r.reason());
        // the person by name (issue 15); their login stays as the id the request named them by
        return Map.of("granteeName", granted.granteeName(), "grantee", granted.grant().getGrantee());
    }

    @POST
    @Path("cases/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ReferralView refer(@PathParam("id") long id, ReferralRequest body) {
        ReferralRequest r = required(body);
        return ReferralView.of(referrals.refer(id, r.partnerKind(), r.partnerName(), r.reason(), r.slaDays()), referrals.today());
    }

    @POST
    @Path("referrals/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ReferralView answer(@PathParam("id") long id, ReferralAnswer body) {
        ReferralAnswer r = required(body);
        return ReferralView.of(referrals.answer(id, r.status(), r.text()), referrals.today());
    }

    /** A read with its purpose said in the caller's language (English if asked for before Chinese). */
    private ReadView read(AuditRecord a) {
        return new ReadView(a.actor(), a.at(), Said.say(a.details(), language()));
    }

    private Locale language() {
        return Reasons.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Refusal("childprotection.refused.noBody");
        }
        return body;
    }

    private static String reason(ReasonRequest body) {
        return required(body).reason();
    }

    private static DecisionRequest decision(DecisionRequest body) {
        DecisionRequest r = required(body);
        if (r.approve() == null) {
            throw new Refusal("childprotection.refused.approveOrRefuse");
        }
        return r;
    }

    /** JSON-B gives null for an unknown enum name inside a set: refuse it rather than drop it. */
    private static <E> Set<E> nonEmpty(Set<E> values) {
        if (values.contains(null)) {
            throw new Refusal("childprotection.refused.unknownChoice");
        }
        return values;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal("childprotection.refused.unknownValue", type.getSimpleName(), value);
        }
    }
}
