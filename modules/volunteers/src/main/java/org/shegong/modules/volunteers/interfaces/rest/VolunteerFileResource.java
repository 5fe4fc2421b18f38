package org.shegong.modules.volunteers.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.modules.volunteers.application.VolunteerFile;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.interfaces.rest.Views.AttendanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.BalanceView;
import org.shegong.modules.volunteers.interfaces.rest.Views.CorrectionView;
import org.shegong.modules.volunteers.interfaces.rest.Views.ShiftView;
import org.shegong.modules.volunteers.interfaces.rest.Views.VolunteerView;
import org.shegong.platform.api.access.RequiresPermission;

/**
 * A volunteer's file for staff of the volunteer's station (an audited read), and the recorded
 * reveal of the full ID number for a station lead or operator admin; another station's or
 * operator's volunteer is 404.
 */
@Path("volunteers/files")
@RequiresPermission(VolunteersPermissions.READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerFileResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The request's language (Accept-Language), for texts stored as bundle phrases. */
    private java.util.Locale language() {
        return org.shegong.platform.api.records.Reasons.language(headers == null ? null
                : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public record ServiceView(ShiftView shift, AttendanceView attendance, List<CorrectionView> corrections) {
    }

    /** {@code actor} is the login (an id), {@code actorName} the staff member's name to show. */
    public record HistoryView(LocalDateTime at, String actor, String actorName, String action, String details) {
    }

    public record FileView(VolunteerView volunteer, List<ServiceView> services, long confirmedMinutes, long pendingMinutes,
                           BalanceView balance, List<HistoryView> history) {
        static FileView of(VolunteerFile.Contents contents, java.util.Locale language, StaffCards staff) {
            return new FileView(VolunteerView.of(contents.volunteer()),
                    contents.services().stream().map(s -> new ServiceView(ShiftView.of(s.shift()), AttendanceView.of(s.attendance(), staff),
                            s.corrections().stream().map(c -> CorrectionView.of(c, staff)).toList())).toList(),
                    contents.confirmedMinutes(), contents.pendingMinutes(), BalanceView.of(contents.balance(), language),
                    contents.history().stream().map(h -> new HistoryView(Views.local(h.at()), h.actor(),
                                    h.actor() == null ? null : staff.nameOf(h.actor()).orElse(null), h.action().code(),
                                    org.shegong.platform.api.audit.Said.say(h.details(), language)))
                            .toList());
        }
    }

    @Inject
    StaffCards staff;

    @Inject
    VolunteerFile files;

    @GET
    @Path("{id}")
    public FileView open(@PathParam("id") long id) {
        return FileView.of(files.open(id), language(), staff);
    }

    @POST
    @Path("{id}/id-number")
    @RequiresPermission(VolunteersPermissions.REVEAL)
    public Map<String, String> reveal(@PathParam("id") long id) {
        return Map.of("idNumber", files.revealIdNumber(id));
    }
}
