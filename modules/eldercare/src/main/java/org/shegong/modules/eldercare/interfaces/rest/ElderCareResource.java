package org.shegong.modules.eldercare.interfaces.rest;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderCarePermissions;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.PlanDetails;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.application.ProfileDetails;
import org.shegong.modules.eldercare.application.ReadingDetails;
import org.shegong.modules.eldercare.application.VisitDetails;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;
import org.shegong.modules.eldercare.domain.model.health.Breach;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.health.HealthReading;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisit;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The elder-care API for phones: my due visits, log a visit, record a reading, close a follow-up.
 * Whether the module is on for the caller's operator and the caller's role holds the permission is
 * checked for every route before the body is read (404 when off, 403 without it) — and again by the
 * services; which elders they reach is decided by the platform's register (my stations).
 */
@Path("eldercare")
@RequiresPermission(ElderCarePermissions.READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ElderCareResource {

    public record DueView(long residentId, String residentName, String streetCode, String worker, VisitKind kind,
                          String kindLabel, LocalDate dueOn, long daysOverdue, boolean overdue) {
        static DueView of(DueVisit d) {
            return new DueView(d.residentId(), d.residentName(), d.streetCode(), d.worker(), d.kind(), d.kind().label(),
                    d.dueOn(), d.daysOverdue(), d.overdue());
        }
    }

    public record VisitRequest(LocalDate visitedOn, VisitKind kind, String notes, String needsObserved, String nextAction) {
    }

    public record VisitView(long id, long residentId, LocalDate visitedOn, VisitKind kind, String worker, String notes,
                            String needsObserved, String nextAction) {
        static VisitView of(HomeVisit v) {
            return new VisitView(v.getId(), v.getResidentId(), v.getVisitedOn(), v.getKind(), v.getWorker(), v.getNotes(),
                    v.getNeedsObserved(), v.getNextAction());
        }
    }

    public record ReadingRequest(HealthMeasure measure, BigDecimal value, BigDecimal secondValue, LocalDateTime measuredAt) {
    }

    public record ReadingView(long id, long residentId, HealthMeasure measure, BigDecimal value, BigDecimal secondValue,
                              LocalDateTime measuredAt, String recordedBy, Long followUpId) {
        static ReadingView of(HealthReading r, Long followUpId) {
            return new ReadingView(r.getId(), r.getResidentId(), r.getMeasure(), r.getValue(), r.getSecondValue(),
                    r.getMeasuredAt(), r.getRecordedBy(), followUpId);
        }
    }

    /**
     * A follow-up: why it is open as the rule's code ({@code SYSTOLIC_HIGH} …) and its figures (the
     * reading, then the limit), for the client to say in its own language; {@code reason} only on an
     * old task whose stored sentence could not be read back into a rule (issue 15).
     */
    public record FollowUpView(long id, long residentId, String residentName, HealthMeasure measure, Breach.Rule rule,
                               List<String> figures, String reason, int readingsOver, String assignedTo, boolean open,
                               String closedBy, String closingNote) {
        static FollowUpView of(FollowUpTask t) {
            return new FollowUpView(t.getId(), t.getResidentId(), t.getResidentName(), t.getMeasure(),
                    t.getBreach().map(Breach::rule).orElse(null), t.getBreach().map(b -> List.of(b.reading(), b.limit())).orElse(List.of()),
                    t.getLegacyReason(), t.getReadingsOver(), t.getAssignedTo(), t.isOpen(), t.getClosedBy(), t.getClosingNote());
        }
    }

    public record CloseRequest(String note) {
    }

    public record ProfileRequest(LivingSituation livingSituation, String chronicConditions, String emergencyContacts,
                                 String familyDoctor, Map<String, Integer> barthel, LocalDate barthelAssessedOn) {
    }

    public record PlanRequest(LocalDate startsOn, LocalDate reviewOn, String needs, String goals,
                              Map<String, Integer> everyDays, String responsibleWorker) {
    }

    public record ElderView(long residentId, String name, String streetCode, LivingSituation livingSituation,
                            String chronicConditions, Map<String, Integer> barthel, int barthelTotal,
                            String barthelLevel, String emergencyContacts, String familyDoctor, PlanView plan) {
        static ElderView of(ElderProfile p, CarePlan plan) {
            return new ElderView(p.getResidentId(), p.getResidentName(), p.getStreetCode(), p.getLivingSituation(),
                    p.getChronicConditions(), byName(p.getBarthel().scores()), p.getBarthel().total(), p.getBarthel().level().name(),
                    p.getEmergencyContacts(), p.getFamilyDoctor(), plan == null ? null : PlanView.of(plan));
        }
    }

    public record PlanView(int version, boolean current, LocalDate startsOn, LocalDate reviewOn, String needs, String goals,
                           List<String> services, String responsibleWorker) {
        static PlanView of(CarePlan p) {
            return new PlanView(p.getPlanVersion(), p.isCurrent(), p.getStartsOn(), p.getReviewOn(), p.getNeeds(), p.getGoals(),
                    p.getServices().stream().map(s -> s.kind().name() + ":" + s.everyDays()).toList(), p.getResponsibleWorker());
        }
    }

    @Inject
    VisitLog visits;

    @Inject
    HealthTracking health;

    @Inject
    ElderRegister register;

    @Inject
    CarePlanning planning;

    @Inject
    SignedIn signedIn;

    /** What I answer for: due within the horizon, or overdue. */
    @GET
    @Path("visits/due")
    public List<DueView> myDueVisits() {
        return visits.myDue().stream().map(DueView::of).toList();
    }

    /** 应访未访 at all my stations. */
    @GET
    @Path("visits/overdue")
    public List<DueView> overdue() {
        return visits.overdue(signedIn.stationCodes()).stream().map(DueView::of).toList();
    }

    @GET
    @Path("elders/{residentId}")
    public ElderView elder(@PathParam("residentId") long residentId) {
        ElderProfile profile = register.profileOf(residentId)
                .orElseThrow(() -> new RecordNotFoundException("老人档案 elder profile", residentId));
        return ElderView.of(profile, planning.currentPlan(residentId).orElse(null));
    }

    @PUT
    @Path("elders/{residentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ElderCarePermissions.RECORD)
    public ElderView recordProfile(@PathParam("residentId") long residentId, ProfileRequest body) {
        ProfileRequest r = required(body);
        ElderProfile profile = register.record(residentId, new ProfileDetails(r.livingSituation(), r.chronicConditions(),
                r.emergencyContacts(), r.familyDoctor(), barthelOf(r.barthel()), r.barthelAssessedOn()));
        return ElderView.of(profile, planning.currentPlan(residentId).orElse(null));
    }

    /** Writes the next version of the elder's care plan; the current one is kept as history. */
    @POST
    @Path("elders/{residentId}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ElderCarePermissions.PLAN)
    public PlanView revisePlan(@PathParam("residentId") long residentId, PlanRequest body) {
        PlanRequest r = required(body);
        List<PlannedService> services = new ArrayList<>();
        if (r.everyDays() != null) {
            r.everyDays().forEach((kind, days) -> services.add(new PlannedService(kindOf(kind), days == null ? 0 : days)));
        }
        return PlanView.of(planning.revise(residentId, new PlanDetails(r.startsOn(), r.reviewOn(), r.needs(), r.goals(),
                services, r.responsibleWorker())));
    }

    @GET
    @Path("elders/{residentId}/plans")
    public List<PlanView> planVersions(@PathParam("residentId") long residentId) {
        return planning.versions(residentId).stream().map(PlanView::of).toList();
    }

    @GET
    @Path("elders/{residentId}/visits")
    public List<VisitView> visitsOf(@PathParam("residentId") long residentId) {
        return visits.visitsOf(residentId).stream().map(VisitView::of).toList();
    }

    @POST
    @Path("elders/{residentId}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ElderCarePermissions.RECORD)
    public VisitView logVisit(@PathParam("residentId") long residentId, VisitRequest body) {
        VisitRequest r = required(body);
        return VisitView.of(visits.log(residentId, new VisitDetails(r.visitedOn(), r.kind(), r.notes(), r.needsObserved(),
                r.nextAction())));
    }

    @GET
    @Path("elders/{residentId}/readings")
    public List<ReadingView> readingsOf(@PathParam("residentId") long residentId) {
        return health.readingsOf(residentId).stream().map(r -> ReadingView.of(r, null)).toList();
    }

    @POST
    @Path("elders/{residentId}/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ElderCarePermissions.RECORD)
    public ReadingView recordReading(@PathParam("residentId") long residentId, ReadingRequest body) {
        ReadingRequest r = required(body);
        HealthTracking.Recorded recorded = health.record(residentId,
                new ReadingDetails(r.measure(), r.value(), r.secondValue(), r.measuredAt()));
        return ReadingView.of(recorded.reading(), recorded.followUp().map(FollowUpTask::getId).orElse(null));
    }

    @GET
    @Path("follow-ups")
    public List<FollowUpView> openFollowUps() {
        return health.openFollowUps(signedIn.stationCodes()).stream().map(FollowUpView::of).toList();
    }

    @POST
    @Path("follow-ups/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ElderCarePermissions.RECORD)
    public FollowUpView closeFollowUp(@PathParam("id") long id, CloseRequest body) {
        return FollowUpView.of(health.close(id, required(body).note()));
    }

    private static VisitKind kindOf(String name) {
        try {
            return VisitKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refusal("eldercare.refused.unknownVisitKind", String.valueOf(name),
                    java.util.Arrays.toString(VisitKind.values()));
        }
    }

    private static Map<BarthelItem, Integer> barthelOf(Map<String, Integer> scores) {
        if (scores == null) {
            return null;
        }
        Map<BarthelItem, Integer> items = new java.util.EnumMap<>(BarthelItem.class);
        scores.forEach((name, score) -> {
            try {
                items.put(BarthelItem.valueOf(name), score);
            } catch (IllegalArgumentException e) {
                throw new Refusal("eldercare.refused.unknownBarthelItem", String.valueOf(name),
                        java.util.Arrays.toString(BarthelItem.values()));
            }
        });
        return items;
    }

    private static Map<String, Integer> byName(Map<BarthelItem, Integer> scores) {
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        scores.forEach((item, score) -> named.put(item.name(), score));
        return named;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Refusal("eldercare.refused.noBody");
        }
        return body;
    }
}
