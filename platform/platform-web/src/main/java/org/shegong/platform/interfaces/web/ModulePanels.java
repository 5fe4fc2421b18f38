package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * The panels that the modules switched on for the person's operator add to the resident page and
 * to the station's start page, in the order the modules ask for. The platform names no module.
 */
@Named
@RequestScoped
public class ModulePanels {

    /** A panel to render: the Facelets fragment to include and its title in the page's language. */
    public record Panel(String id, String title, String include) {
    }

    @Inject
    ModuleRegistry modules;

    @Inject
    CurrentIdentity currentIdentity;

    public List<Panel> getResident() {
        return panels(m -> m.residentPanels().stream().map(p -> ordered(m, p.id(), p.titleKey(), p.include(), p.order())));
    }

    public List<Panel> getStation() {
        return panels(m -> m.stationPanels().stream().map(p -> ordered(m, p.id(), p.titleKey(), p.include(), p.order())));
    }

    private List<Panel> panels(Function<ShegongModule, Stream<Ordered>> ofModule) {
        return enabled().stream().flatMap(ofModule).sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::panel).toList();
    }

    private static Ordered ordered(ShegongModule module, String id, String titleKey, String include, int order) {
        return new Ordered(order, new Panel(module.id() + "-" + id, ModuleTexts.text(module, titleKey), include));
    }

    private List<ShegongModule> enabled() {
        return modules.enabledFor(currentIdentity.get().flatMap(Identity::tenant));
    }

    private record Ordered(int order, Panel panel) {
    }
}
