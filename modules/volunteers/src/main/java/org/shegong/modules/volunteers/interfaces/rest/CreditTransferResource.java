package org.shegong.modules.volunteers.interfaces.rest;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.interfaces.rest.Views.EntryView;
import org.shegong.platform.api.access.RequiresPermission;

/**
 * Time-bank credits sent, at the volunteer's request, to another operator the person serves, to be
 * spent there ({@link TimeBank#sendToOperator}); the receiving operator's balance and spends of its
 * own record of the person book them.
 */
@Path("volunteers/credit-transfers")
@RequiresPermission(VolunteersPermissions.MANAGE)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditTransferResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The request's language (Accept-Language), for texts stored as bundle phrases. */
    private java.util.Locale language() {
        return org.shegong.platform.api.records.Reasons.language(headers == null ? null
                : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public record CreditTransferRequest(Long volunteerId, String operator, Long minutes, String purpose) {
    }

    @Inject
    TimeBank timeBank;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EntryView> send(CreditTransferRequest body) {
        CreditTransferRequest r = VolunteersResource.required(body);
        if (r.volunteerId() == null || r.minutes() == null) {
            throw new Refusal("volunteers.refused.volunteerAndMinutes");
        }
        return timeBank.sendToOperator(r.volunteerId(), r.operator(), r.minutes(), r.purpose()).stream().map(e -> EntryView.of(e, language())).toList();
    }
}
