package org.shegong.platform.it.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.domain.model.activity.ActivityType;

/** The probe module's API: writes and counts its own records (activities tagged "probe"). */
@Path("probe/notes")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ProbeResource {

    @Inject
    ActivityRegistry activities;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @POST
    public String add() {
        String street = myStations.of(currentIdentity.require()).get(0).getStreet().getCode();
        activities.plan("探针记录", ActivityType.GROUP_ACTIVITY, LocalDate.now(), street, "probe");
        return count();
    }

    @GET
    public String count() {
        return String.valueOf(activities.pageInStreets(myStations.streetCodesOf(currentIdentity.require()), 0, 10_000)
                .stream().filter(a -> "probe".equals(a.getModuleTag())).count());
    }
}
