package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.stations.StationDirectory;
import org.shegong.platform.application.stations.StationSummary;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/** The platform admin's registry view: operators and who runs which station. */
@Path("platform")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.PLATFORM)
public class PlatformResource {

    public record OperatorView(String code, String name, List<String> modules) {
    }

    @Inject
    TenantRepository tenants;

    @Inject
    StationDirectory directory;

    @GET
    @Path("tenants")
    public List<OperatorView> tenants() {
        return tenants.all().stream()
                .map(t -> new OperatorView(t.getCode(), t.getName(), List.copyOf(t.getEnabledModules()))).toList();
    }

    @GET
    @Path("stations")
    public List<StationSummary> stations() {
        return directory.summaries(java.time.LocalDate.now());
    }
}
