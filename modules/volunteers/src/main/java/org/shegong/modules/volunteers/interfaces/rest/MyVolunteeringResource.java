package org.shegong.modules.volunteers.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.modules.volunteers.application.MyVolunteering;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.interfaces.rest.Views.AttendanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.BalanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.HoursView;
import org.shegong.modules.volunteers.interfaces.rest.Views.ShiftView;
import org.shegong.modules.volunteers.interfaces.rest.Views.SignUpView;
import org.shegong.modules.volunteers.interfaces.rest.Views.VolunteerView;
import org.shegong.platform.api.access.RequiresPermission;

/** The volunteer's own API (the portal on a phone): who I am here, opportunities, sign-up, check-in, my hours, my balance. */
@Path("volunteers/me")
@RequiresPermission(VolunteersPermissions.PORTAL)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyVolunteeringResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The request's language (Accept-Language), for texts stored as bundle phrases. */
    private java.util.Locale language() {
        return org.shegong.platform.api.records.Reasons.language(headers == null ? null
                : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public record CodeRequest(String code) {
    }

    @Inject
    StaffCards staff;

    @Inject
    MyVolunteering mine;

    @Inject
    org.shegong.modules.volunteers.application.HoursSummaries summaries;

    @GET
    public VolunteerView me() {
        return VolunteerView.of(mine.me());
    }

    @GET
    @Path("opportunities")
    public List<ShiftView> opportunities() {
        return mine.opportunities().stream().map(ShiftView::of).toList();
    }

    @GET
    @Path("sign-ups")
    public List<SignUpView> signUps() {
        return mine.mySignUps().stream().map(SignUpView::of).toList();
    }

    @POST
    @Path("sign-ups/{shiftId}")
    public SignUpView signUp(@PathParam("shiftId") long shiftId) {
        return SignUpView.of(mine.signUp(shiftId));
    }

    @DELETE
    @Path("sign-ups/{shiftId}")
    public Map<String, Object> cancel(@PathParam("shiftId") long shiftId) {
        mine.cancel(shiftId);
        return Map.of("cancelled", shiftId);
    }

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceView checkIn(CodeRequest body) {
        return AttendanceView.of(mine.checkIn(VolunteersResource.required(body).code()), staff);
    }

    @POST
    @Path("check-outs")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceView checkOut(CodeRequest body) {
        return AttendanceView.of(mine.checkOut(VolunteersResource.required(body).code()), staff);
    }

    @GET
    @Path("attendance")
    public List<AttendanceView> attendance() {
        return mine.myAttendance().stream().map(a -> AttendanceView.of(a, staff)).toList();
    }

    /** My confirmed minutes at each operator I serve (by code, and by name in {@code operators}), and the total. */
    @GET
    @Path("hours")
    public HoursView hours() {
        return HoursView.of(mine.myHoursByOperator());
    }

    public record RemindersView(ShiftView nextShift, long awaitingMinutes) {
    }

    /** My next shift within 48 hours (or none), and my minutes awaiting the station's confirmation. */
    @GET
    @Path("reminders")
    public RemindersView reminders() {
        MyVolunteering.MyReminders r = mine.myReminders();
        return new RemindersView(r.nextShift().map(ShiftView::of).orElse(null), r.awaitingMinutes());
    }

    @GET
    @Path("balance")
    public BalanceView balance() {
        return BalanceView.of(mine.myBalance(), language());
    }

    public record SummaryView(long id, java.time.LocalDateTime issuedAt, long totalMinutes, String totalHours,
                              List<OperatorHoursLine> operators) {
        static SummaryView of(org.shegong.modules.volunteers.domain.model.certificate.HoursSummary s) {
            return new SummaryView(s.getId(), java.time.LocalDateTime.ofInstant(s.getIssuedAt(), Views.STATIONS), s.getTotalMinutes(),
                    s.totalHours(), s.lines().stream().map(l -> new OperatorHoursLine(l.operator(), l.minutes(), l.hours())).toList());
        }
    }

    public record OperatorHoursLine(String operator, long minutes, String hours) {
    }

    /** Issues my cross-operator summary of certified hours (志愿服务时长汇总) now. */
    @POST
    @Path("hours-summaries")
    public jakarta.ws.rs.core.Response requestSummary() {
        return jakarta.ws.rs.core.Response.status(201).entity(SummaryView.of(summaries.request())).build();
    }

    @GET
    @Path("hours-summaries")
    public List<SummaryView> mySummaries() {
        return summaries.mine().stream().map(SummaryView::of).toList();
    }

    /** The PDF of one of my summaries; anyone else's id is 404. */
    @GET
    @Path("hours-summaries/{id}/pdf")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response summaryPdf(@PathParam("id") long id) {
        org.shegong.modules.volunteers.application.Certificates.Paper paper = summaries.download(id);
        // The file name is ours (hours-summary-<id>.pdf): no user text reaches the header.
        return jakarta.ws.rs.core.Response.ok(paper.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + paper.fileName() + "\"").build();
    }

    /** {@code operator}: an operator I serve (this one when left out); {@code use}: SERVICE or DONATION. */
    public record CreditUseRequest(String operator, TimeBank.CreditUse use, Long minutes, String purpose) {
    }

    /** I spend or donate my own credits, here or at another operator I serve; the ledger entries written here. */
    @POST
    @Path("credit-uses")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Views.EntryView> useCredits(CreditUseRequest body) {
        CreditUseRequest r = VolunteersResource.required(body);
        return mine.useMyCredits(r.operator(), r.use(), VolunteersResource.minutes(r.minutes()), r.purpose()).stream()
                .map(e -> Views.EntryView.of(e, language())).toList();
    }
}
