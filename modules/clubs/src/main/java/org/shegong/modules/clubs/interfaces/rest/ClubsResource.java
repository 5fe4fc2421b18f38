package org.shegong.modules.clubs.interfaces.rest;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.clubs.application.CharterBook;
import org.shegong.modules.clubs.application.ClubActivities;
import org.shegong.modules.clubs.application.ClubCoverage;
import org.shegong.modules.clubs.application.ClubDetails;
import org.shegong.modules.clubs.application.ClubFile;
import org.shegong.modules.clubs.application.ClubMerging;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.ClubsPermissions;
import org.shegong.modules.clubs.application.IncubationPath;
import org.shegong.modules.clubs.domain.model.charter.Charter;
import org.shegong.modules.clubs.domain.model.charter.LineDiff;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.modules.clubs.domain.model.club.StageStep;
import org.shegong.modules.clubs.domain.model.coverage.CommunityCoverage;
import org.shegong.modules.clubs.domain.model.activity.ClubActivityKind;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.ActivityCard;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;

/**
 * The clubs API: the station's clubs, a club's file, members, incubation plan and steps, charter
 * versions and their comparison, merges and the 191号 coverage. Module on and permission held are
 * checked before the body is read (404 when off, 403 without it), and again by the services;
 * another operator's or station's club is 404.
 */
@Path("clubs")
@RequiresPermission(ClubsPermissions.READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClubsResource {

    public record ClubRequest(String name, ClubKind kind, String communityCode, LocalDate foundedOn, Long leaderId,
                              Long contactId, String teacher, String place, String schedule, Long version) {
        ClubDetails details() {
            return new ClubDetails(name, kind, communityCode, foundedOn, leaderId, contactId, teacher, place, schedule);
        }
    }

    public record ClubView(long id, long version, String name, ClubKind kind, String kindLabel, String communityCode,
                           String communityName, String streetCode, LocalDate foundedOn, Long leaderId, String leaderName,
                           Long contactId, String contactName, String teacher, String place, String schedule,
                           ClubStage stage, String stageLabel, String filingNumber, LocalDate filedOn, String creditCode,
                           LocalDate registeredOn, LocalDate closedOn, Long mergedIntoId, String mergedIntoName) {
        static ClubView of(Club c) {
            return new ClubView(c.getId(), c.getVersion(), c.getName(), c.getKind(), c.getKind().label(), c.getCommunityCode(),
                    c.getCommunityName(), c.getStreetCode(), c.getFoundedOn(), c.getLeaderId(), c.getLeaderName(),
                    c.getContactId(), c.getContactName(), c.getTeacher(), c.getPlace(), c.getSchedule(), c.getStage(),
                    c.getStage().label(), c.getFilingNumber(), c.getFiledOn(), c.getCreditCode(), c.getRegisteredOn(),
                    c.getClosedOn(), c.getMergedIntoId(), c.getMergedIntoName());
        }
    }

    public record MemberView(long residentId, String name, LocalDate joinedOn, LocalDate leftOn) {
        static MemberView of(Membership m) {
            return new MemberView(m.getResidentId(), m.getResidentName(), m.getJoinedOn(), m.getLeftOn());
        }
    }

    public record MilestoneView(long id, String title, LocalDate doneOn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.getId(), m.getTitle(), m.getDoneOn());
        }
    }

    public record StepView(ClubStage from, ClubStage to, String toLabel, LocalDate movedOn, String confirmedBy, String evidence) {
        static StepView of(StageStep s) {
            return new StepView(s.getFromStage(), s.getToStage(), s.getToStage().label(), s.getMovedOn(), s.getConfirmedBy(),
                    s.getEvidence());
        }
    }

    public record CharterView(long id, long clubId, int versionNo, String text, String proposedBy, String approvedBy,
                              boolean approved) {
        static CharterView of(Charter c) {
            return new CharterView(c.getId(), c.getClubId(), c.getVersionNo(), c.getText(), c.getProposedBy(),
                    c.getApprovedBy(), c.isApproved());
        }
    }

    public record FileView(ClubView club, List<MemberView> members, List<MilestoneView> milestones, List<StepView> path,
                           List<CharterView> charters, Integer currentCharter, List<ClubView> mergedFrom,
                           List<CharterView> mergedCharters) {
        static FileView of(ClubFile f) {
            return new FileView(ClubView.of(f.club()), f.members().stream().map(MemberView::of).toList(),
                    f.milestones().stream().map(MilestoneView::of).toList(), f.path().stream().map(StepView::of).toList(),
                    f.charters().stream().map(CharterView::of).toList(),
                    f.currentCharter().map(Charter::getVersionNo).orElse(null),
                    f.mergedFrom().stream().map(ClubView::of).toList(),
                    f.mergedCharters().stream().map(CharterView::of).toList());
        }
    }

    public record MemberRequest(Long residentId, LocalDate on) {
    }

    public record MilestoneRequest(String title, LocalDate doneOn) {
    }

    public record StepRequest(ClubStage to, String filingNumber, String creditCode, LocalDate on, String reason, Long version) {
    }

    public record CharterRequest(String text) {
    }

    public record ClubVersion(Long id, Long version) {
    }

    public record MergeRequest(Long intoId, ClubRequest newClub, List<Long> clubIds, List<ClubVersion> versions, LocalDate on) {
    }

    public record CoverageView(String communityCode, String communityName, String streetCode, String kind, String kindLabel,
                               Map<String, Integer> perKind, int total, int target, int gap, boolean atTarget) {
        static CoverageView of(CommunityCoverage c) {
            return new CoverageView(c.community().code(), c.community().name(), c.community().streetCode(), c.kind().name(),
                    c.kind().label(), kindCounts(c), c.total(), c.target(), c.gap(), c.atTarget());
        }
    }

    private static Map<String, Integer> kindCounts(CommunityCoverage c) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (ClubKind k : ClubKind.values()) {
            m.put(k.name(), c.of(k));
        }
        return m;
    }

    public record HistoryView(String at, String actor, long clubId, String action, String details) {
    }

    @Context
    HttpHeaders headers;

    @Inject
    ClubRegister register;

    @Inject
    IncubationPath path;

    @Inject
    CharterBook charters;

    @Inject
    ClubMerging merging;

    @Inject
    ClubCoverage coverage;

    @Inject
    ClubActivities activities;

    @GET
    public List<ClubView> list(@QueryParam("kind") ClubKind kind, @QueryParam("stage") ClubStage stage,
                               @QueryParam("community") String community, @QueryParam("first") int first) {
        return register.search(new ClubFilter(Set.of(), kind, stage, community, null), Math.max(0, first), 200).stream()
                .map(ClubView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public ClubView register(ClubRequest body) {
        return ClubView.of(register.register(required(body).details()));
    }

    @GET
    @Path("{id}")
    public FileView file(@PathParam("id") long id) {
        return FileView.of(register.open(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public ClubView describe(@PathParam("id") long id, ClubRequest body) {
        return ClubView.of(register.describe(id, required(body).version(), body.details()));
    }

    @GET
    @Path("{id}/history")
    public List<HistoryView> history(@PathParam("id") long id) {
        return register.history(id).stream().map(r -> new HistoryView(r.at().toString(), r.actor(), r.recordId(),
                r.action().code(), Said.say(r.details(), language()))).toList();
    }

    /** The caller's language for texts said from the bundles: English if asked for before Chinese. */
    private Locale language() {
        return Reasons.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public MemberView join(@PathParam("id") long id, MemberRequest body) {
        if (required(body).residentId() == null) {
            throw new Refusal("clubs.refused.member");
        }
        return MemberView.of(register.join(id, body.residentId(), body.on()));
    }

    @POST
    @Path("{id}/members/{residentId}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public MemberView leave(@PathParam("id") long id, @PathParam("residentId") long residentId, MemberRequest body) {
        return MemberView.of(register.leave(id, residentId, required(body).on()));
    }

    @POST
    @Path("{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public MilestoneView plan(@PathParam("id") long id, MilestoneRequest body) {
        return MilestoneView.of(path.plan(id, required(body).title()));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public MilestoneView done(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MilestoneRequest body) {
        return MilestoneView.of(path.done(id, milestoneId, required(body).doneOn()));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public StepView step(@PathParam("id") long id, StepRequest body) {
        required(body);
        return StepView.of(path.step(id, body.version(), new IncubationPath.StepRequest(body.to(), body.filingNumber(),
                body.creditCode(), body.on(), body.reason())));
    }

    @GET
    @Path("{id}/charters")
    public List<CharterView> charters(@PathParam("id") long id) {
        return charters.versions(id).stream().map(CharterView::of).toList();
    }

    @POST
    @Path("{id}/charters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public CharterView propose(@PathParam("id") long id, CharterRequest body) {
        return CharterView.of(charters.propose(id, required(body).text()));
    }

    @POST
    @Path("{id}/charters/{charterId}/approve")
    @RequiresPermission(ClubsPermissions.KEEP)
    public CharterView approve(@PathParam("id") long id, @PathParam("charterId") long charterId) {
        return CharterView.of(charters.approve(id, charterId));
    }

    @GET
    @Path("{id}/charters/compare")
    public List<LineDiff.Row> compare(@PathParam("id") long id, @QueryParam("left") long left, @QueryParam("right") long right) {
        return charters.compare(id, left, right);
    }

    @POST
    @Path("merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public ClubView merge(MergeRequest body) {
        required(body);
        Map<Long, Long> versions = new HashMap<>();
        if (body.versions() != null) {
            for (ClubVersion v : body.versions()) {
                if (v.id() == null || v.version() == null) {
                    throw new Refusal("clubs.refused.versions");
                }
                versions.put(v.id(), v.version());
            }
        }
        return ClubView.of(merging.merge(new ClubMerging.MergeRequest(body.intoId(),
                body.newClub() == null ? null : body.newClub().details(), body.clubIds(), versions, body.on())));
    }

    /** A club's activity or performance: a platform activity with the club as organiser; {@code attended} its participants. */
    public record ActivityView(long id, long clubId, String title, ClubActivityKind kind, LocalDate heldOn, String status,
                               int attended, int headcount) {
        static ActivityView of(ActivityCard a) {
            return new ActivityView(a.id(), ClubActivities.clubOf(a.organiser()).orElse(0L), a.title(),
                    ClubActivityKind.ofPlatformType(a.type()), a.heldOn(), a.status(), a.participants(), a.headcount());
        }
    }

    public record ActivityRequest(ClubActivityKind kind, String title, LocalDate heldOn) {
    }

    public record AttendanceRequest(List<Long> residentIds) {
    }

    @GET
    @Path("{id}/activities")
    public List<ActivityView> activities(@PathParam("id") long id) {
        return activities.of(id).stream().map(ActivityView::of).toList();
    }

    @POST
    @Path("{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityView planActivity(@PathParam("id") long id, ActivityRequest body) {
        required(body);
        return ActivityView.of(activities.plan(id, body.kind(), body.title(), body.heldOn()));
    }

    @POST
    @Path("{id}/activities/{activityId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityView attend(@PathParam("id") long id, @PathParam("activityId") long activityId, AttendanceRequest body) {
        return ActivityView.of(activities.attend(id, activityId, required(body).residentIds()));
    }

    @POST
    @Path("{id}/activities/{activityId}/done")
    @RequiresPermission(ClubsPermissions.KEEP)
    public ActivityView activityDone(@PathParam("id") long id, @PathParam("activityId") long activityId) {
        return ActivityView.of(activities.done(id, activityId));
    }

    @GET
    @Path("coverage")
    public List<CoverageView> coverage() {
        return coverage.ofMyStations().stream().map(CoverageView::of).toList();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Refusal("clubs.refused.noBody");
        }
        return body;
    }
}
