package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.modules.PanelSlots;

/**
 * The panels of each slot for the signed-in person, as the pages include them: the resident page,
 * the station and operator start pages and the region dashboard. Who sees what is decided by
 * {@link PanelSlots}; this only puts titles into the page's language.
 */
@Named
@RequestScoped
public class ModulePanels {

    /** A panel to render: the Facelets fragment to include and its title in the page's language. */
    public record Panel(String id, String title, String include) {
    }

    @Inject
    PanelSlots slots;

    @Inject
    CurrentIdentity currentIdentity;

    /**
     * The panels of one resident's page: none without a resident (none given, or not one the page shows), and
     * none a module has nothing to say in about this resident.
     */
    public List<Panel> resident(Long residentId) {
        if (residentId == null) {
            return List.of();
        }
        return currentIdentity.get().map(person -> titled(slots.in(PanelSlot.RESIDENT_PAGE, person, residentId))).orElse(List.of());
    }

    public List<Panel> getStation() {
        return panels(PanelSlot.STATION_START);
    }

    public List<Panel> getOperator() {
        return panels(PanelSlot.OPERATOR_START);
    }

    public List<Panel> getRegion() {
        return panels(PanelSlot.REGION_DASHBOARD);
    }

    private List<Panel> panels(PanelSlot slot) {
        return currentIdentity.get().map(person -> titled(slots.in(slot, person))).orElse(List.of());
    }

    private static List<Panel> titled(List<PanelSlots.Placed> placed) {
        return placed.stream()
                .map(p -> new Panel(p.module().id() + "-" + p.panel().id(), ModuleTexts.text(p.module(), p.panel().titleKey()),
                        p.panel().include()))
                .toList();
    }
}
