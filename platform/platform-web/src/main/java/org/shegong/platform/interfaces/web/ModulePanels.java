package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
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
        return enabled().stream()
                .flatMap(m -> m.residentPanels().stream().map(p -> new Ordered(p.order(), new Panel(m.id() + "-" + p.id(),
                        ModuleTexts.text(m, p.titleKey()), p.include()))))
                .sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::panel).toList();
    }

    public List<Panel> getStation() {
        return enabled().stream()
                .flatMap(m -> m.stationPanels().stream().map(p -> new Ordered(p.order(), new Panel(m.id() + "-" + p.id(),
                        ModuleTexts.text(m, p.titleKey()), p.include()))))
                .sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::panel).toList();
    }

    private List<ShegongModule> enabled() {
        return modules.enabledFor(currentIdentity.get().flatMap(Identity::tenant));
    }

    private record Ordered(int order, Panel panel) {
    }
}
