package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityType;

/** Activities of my stations. */
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.STATION_WORK)
public class ActivityResource {

    public record ActivityView(long id, long version, String title, String type, LocalDate heldOn, String place,
                               String stationStreet, String status, String moduleTag, int headcount, String organiser) {

        static ActivityView of(Activity a) {
            return new ActivityView(a.getId(), a.getVersion(), a.getTitle(), a.getType().name(), a.getHeldOn(),
                    a.getPlace(), a.getStation().getStreet().getCode(), a.getStatus().name(), a.getModuleTag(),
                    a.getHeadcount(), a.getOrganiser());
        }
    }

    /** A new activity at one of my stations. */
    public record NewActivity(@NotBlank(message = "{activity.refused.titleRequired}") String title,
                              @NotNull(message = "{activity.refused.typeRequired}") ActivityType type,
                              @NotNull(message = "{activity.refused.dateRequired}") LocalDate heldOn,
                              @NotBlank(message = "{activity.refused.stationRequired}") String stationStreet,
                              String place) {
    }

    @Inject
    ActivityRegistry activities;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @GET
    public List<ActivityView> list(@QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                   @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return activities.pageInStreets(myStreets(), first, max).stream().map(ActivityView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ActivityView plan(@NotNull(message = "{api.error.required}") @Valid NewActivity activity) {
        if (!myStreets().contains(activity.stationStreet())) {
            throw new org.shegong.platform.api.records.Refusal("activity.refused.notYourStation", activity.stationStreet());
        }
        return ActivityView.of(activities.plan(activity.title(), activity.type(), activity.heldOn(), activity.stationStreet(), null,
                null, activity.place()));
    }

    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") long id) {
        return ActivityView.of(mine(id));
    }

    @POST
    @Path("{id}/done")
    public ActivityView markDone(@PathParam("id") long id) {
        mine(id);
        return ActivityView.of(activities.markDone(id));
    }

    private Activity mine(long id) {
        return activities.findInStreets(id, myStreets()).orElseThrow(() -> new RecordNotFoundException("活动 activity", id));
    }

    private Set<String> myStreets() {
        return myStations.streetCodesOf(currentIdentity.require());
    }
}
