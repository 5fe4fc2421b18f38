package org.shegong.platform.application.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.identity.ModulePermissions;

/**
 * Which modules' panels a person sees in a slot: those of modules on for their operator (for the
 * region dashboard, whose people have no operator: on for at least one operator) whose permission
 * the person holds, in the order the panels ask for; on a record's page, only those whose module has
 * something to say about that record. The platform names no module.
 */
@ApplicationScoped
public class PanelSlots {

    /** A panel to render, with the module that owns it (for its bundle). */
    public record Placed(ShegongModule module, Panel panel) {
    }

    @Inject
    ModuleRegistry modules;

    public List<Placed> in(PanelSlot slot, Identity person) {
        List<ShegongModule> on = slot == PanelSlot.REGION_DASHBOARD
                ? modules.all().stream().filter(m -> person.seesRegion() && modules.onForAnyTenant(m)).toList()
                : modules.enabledFor(person.tenant());
        return on.stream()
                .flatMap(m -> m.panels().stream().filter(p -> p.slot() == slot).map(p -> new Placed(m, p)))
                .filter(placed -> holds(person, placed.panel().permission()))
                .sorted(Comparator.comparingInt((Placed placed) -> placed.panel().order())
                        .thenComparing(placed -> placed.module().id()))
                .toList();
    }

    /**
     * The panels a person sees on the page of one record ({@link PanelSlot#RESIDENT_PAGE}: the resident's id):
     * those of {@link #in}, less any whose module says it has nothing to say about this record
     * ({@link Panel#onlyFor}). The module is asked only for panels the person may see.
     */
    public List<Placed> in(PanelSlot slot, Identity person, long recordId) {
        return in(slot, person).stream().filter(placed -> placed.panel().isShownFor(recordId)).toList();
    }

    /** The module is on (above) and the person holds the permission by the platform's one rule. */
    boolean holds(Identity person, Permission permission) {
        return ModulePermissions.rolesHold(person, permission);
    }
}
