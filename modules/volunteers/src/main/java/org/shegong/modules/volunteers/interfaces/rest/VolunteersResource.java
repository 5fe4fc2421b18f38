package org.shegong.modules.volunteers.interfaces.rest;

import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.volunteers.application.CheckInSheet;
import org.shegong.modules.volunteers.application.HoursConfirmation;
import org.shegong.modules.volunteers.application.ShiftDetails;
import org.shegong.modules.volunteers.application.ShiftWork;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.application.VolunteerDetails;
import org.shegong.modules.volunteers.application.VolunteerRegistry;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.infrastructure.documents.CheckInCodeImage;
import org.shegong.modules.volunteers.interfaces.rest.Views.AttendanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.BalanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.CorrectionView;
import org.shegong.modules.volunteers.interfaces.rest.Views.EntryView;
import org.shegong.modules.volunteers.interfaces.rest.Views.RosterView;
import org.shegong.modules.volunteers.interfaces.rest.Views.ShiftView;
import org.shegong.modules.volunteers.interfaces.rest.Views.SignUpView;
import org.shegong.modules.volunteers.interfaces.rest.Views.VolunteerView;
import org.shegong.platform.api.access.RequiresPermission;

/**
 * The volunteers API of station staff: registry, shifts and rosters, check-in codes, attendance,
 * hours to confirm, the time bank. The module being on and the caller's permission are checked for
 * every route before the body is read (404 when off, 403 without it), and again by the services;
 * another station's or operator's record is 404.
 */
@Path("volunteers")
@RequiresPermission(VolunteersPermissions.READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The request's language (Accept-Language), for texts stored as bundle phrases. */
    private java.util.Locale language() {
        return org.shegong.platform.api.records.Reasons.language(headers == null ? null
                : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public record VolunteerRequest(String name, Gender gender, String idNumber, String phone, AffiliationKind affiliationKind,
                                   String affiliationName, Set<String> skills, String availability, String emergencyContact,
                                   String streetCode, String login) {
        VolunteerDetails details() {
            return new VolunteerDetails(name, gender, idNumber, phone, affiliationKind, affiliationName, skills, availability,
                    emergencyContact, streetCode, login);
        }
    }

    public record ShiftRequest(String role, String skillsWanted, String streetCode, Long activityId, Integer spots,
                               LocalDateTime startsAt, LocalDateTime endsAt, Integer graceMinutes) {
    }

    public record SignUpRequest(Long volunteerId) {
    }

    public record AttendanceRequest(List<Long> volunteerIds, LocalDateTime checkedInAt, LocalDateTime checkedOutAt) {
    }

    public record CorrectionRequest(Long minutes, String reason) {
    }

    public record TransferRequest(Long minutes, String purpose) {
    }

    public record Page(long total, List<VolunteerView> rows) {
    }

    @Inject
    StaffCards staff;

    @Inject
    VolunteerRegistry registry;

    @Inject
    ShiftWork shifts;

    @Inject
    CheckInCodeImage codeImage;

    @Inject
    HoursConfirmation hours;

    @Inject
    TimeBank timeBank;

    @GET
    @Path("registry")
    public Page search(@QueryParam("street") String street, @QueryParam("kind") AffiliationKind kind,
                       @QueryParam("skill") String skill, @QueryParam("who") String who, @QueryParam("first") int first,
                       @QueryParam("max") Integer max) {
        return new Page(registry.count(street, kind, skill, who),
                registry.search(street, kind, skill, who, first, max == null ? 50 : max).stream().map(VolunteerView::listed).toList());
    }

    @POST
    @Path("registry")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.REGISTER)
    public VolunteerView register(VolunteerRequest body) {
        return VolunteerView.of(registry.register(required(body).details()));
    }

    @GET
    @Path("registry/{id}")
    public VolunteerView volunteer(@PathParam("id") long id) {
        return VolunteerView.of(registry.open(id));
    }

    @PUT
    @Path("registry/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.REGISTER)
    public VolunteerView describe(@PathParam("id") long id, VolunteerRequest body) {
        return VolunteerView.of(registry.describe(id, required(body).details()));
    }

    @GET
    @Path("registry/{id}/balance")
    public BalanceView balance(@PathParam("id") long id) {
        return BalanceView.of(timeBank.balanceOf(id), language());
    }

    @POST
    @Path("registry/{id}/spends")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<EntryView> spend(@PathParam("id") long id, TransferRequest body) {
        TransferRequest r = required(body);
        return timeBank.spend(id, minutes(r.minutes()), r.purpose()).stream().map(e -> EntryView.of(e, language())).toList();
    }

    @POST
    @Path("registry/{id}/donations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<EntryView> donate(@PathParam("id") long id, TransferRequest body) {
        TransferRequest r = required(body);
        return timeBank.donate(id, minutes(r.minutes()), r.purpose()).stream().map(e -> EntryView.of(e, language())).toList();
    }

    /** The sum of all the operator's ledger entries: zero unless something is badly wrong. */
    @GET
    @Path("ledger/sum")
    public Map<String, Object> ledgerSum() {
        return Map.of("minutes", timeBank.ledgerSum(), "accountsOffTheLedger", timeBank.accountsOffTheLedger());
    }

    @GET
    @Path("shifts")
    public List<ShiftView> shifts() {
        return shifts.upcoming().stream().map(ShiftView::of).toList();
    }

    @POST
    @Path("shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public ShiftView plan(ShiftRequest body) {
        ShiftRequest r = required(body);
        return ShiftView.of(shifts.plan(new ShiftDetails(r.role(), r.skillsWanted(), r.streetCode(), r.activityId(), r.spots(),
                Views.instant(r.startsAt()), Views.instant(r.endsAt()), r.graceMinutes())));
    }

    @GET
    @Path("shifts/{id}/roster")
    public RosterView roster(@PathParam("id") long id) {
        var roster = shifts.roster(id, language());
        return new RosterView(ShiftView.of(roster.shift()), roster.signUps().stream().map(SignUpView::of).toList(),
                roster.attendance().stream().map(a -> AttendanceView.of(a, staff)).toList());
    }

    /** The check-in code and the portal URL its QR code shows (relative: the page adds the host). */
    @GET
    @Path("shifts/{id}/code")
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Map<String, String> code(@PathParam("id") long id) {
        CheckInSheet sheet = shifts.checkInSheet(id);
        return Map.of("code", sheet.code(), "url", sheet.path());
    }

    /**
     * The shift's check-in code as the QR image the station shows or prints: the absolute check-in URL
     * on the host and context this request came to (as the shift page builds it).
     */
    @GET
    @Path("shifts/{id}/code.png")
    @Produces("image/png")
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Response codeImage(@PathParam("id") long id, @Context HttpServletRequest request) {
        CheckInSheet sheet = shifts.checkInSheet(id);
        String url = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + sheet.path();
        return Response.ok(codeImage.png(url), "image/png").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("shifts/{id}/sign-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public SignUpView signUp(@PathParam("id") long id, SignUpRequest body) {
        return SignUpView.of(shifts.signUp(id, volunteer(required(body).volunteerId())));
    }

    @DELETE
    @Path("shifts/{id}/sign-ups/{volunteerId}")
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Map<String, Object> cancel(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId) {
        return shifts.cancel(id, volunteerId).<Map<String, Object>>map(s -> Map.of("movedUp", s.getVolunteerId()))
                .orElse(Map.of());
    }

    @POST
    @Path("shifts/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<AttendanceView> recordAttendance(@PathParam("id") long id, AttendanceRequest body) {
        AttendanceRequest r = required(body);
        return shifts.recordAttendance(id, r.volunteerIds(), Views.instant(r.checkedInAt()), Views.instant(r.checkedOutAt()))
                .stream().map(a -> AttendanceView.of(a, staff)).toList();
    }

    @GET
    @Path("hours/to-confirm")
    public List<AttendanceView> toConfirm() {
        return hours.toConfirm().stream().map(a -> AttendanceView.of(a, staff)).toList();
    }

    @POST
    @Path("hours/{attendanceId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public CorrectionView correct(@PathParam("attendanceId") long attendanceId, CorrectionRequest body) {
        CorrectionRequest r = required(body);
        return CorrectionView.of(hours.correct(attendanceId, r.minutes(), r.reason()), staff);
    }

    @GET
    @Path("hours/{attendanceId}/corrections")
    public List<CorrectionView> corrections(@PathParam("attendanceId") long attendanceId) {
        return hours.correctionsOf(attendanceId).stream().map(c -> CorrectionView.of(c, staff)).toList();
    }

    @POST
    @Path("hours/{attendanceId}/confirm")
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public AttendanceView confirm(@PathParam("attendanceId") long attendanceId) {
        return AttendanceView.of(hours.confirm(attendanceId), staff);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new Refusal("volunteers.refused.noBody");
        }
        return body;
    }

    private static long volunteer(Long id) {
        if (id == null) {
            throw new Refusal("volunteers.refused.chooseVolunteer");
        }
        return id;
    }

    static long minutes(Long minutes) {
        if (minutes == null) {
            throw new Refusal("volunteers.refused.enterMinutes");
        }
        return minutes;
    }
}
