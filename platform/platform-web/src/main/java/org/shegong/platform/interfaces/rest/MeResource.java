package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.modules.ModuleMenu;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.identity.Role;

/** Who the token says I am, and the stations I work in. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, String displayName, List<String> roles, String tenant, List<String> stations,
                     String region, List<String> modules, List<String> menu) {
    }

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @Inject
    ModuleRegistry modules;

    @Inject
    ModuleMenu menu;

    @GET
    public Me me() {
        Identity id = currentIdentity.require();
        return new Me(id.username(), id.displayName(), id.roles().stream().map(Role::claim).sorted().toList(),
                id.tenant().map(Object::toString).orElse(null),
                myStations.streetCodesOf(id).stream().sorted().toList(), id.region().orElse(null),
                modules.enabledFor(id.tenant()).stream().map(ShegongModule::id).toList(),
                menu.of(id).stream().map(item -> item.entry().url()).toList());
    }
}
