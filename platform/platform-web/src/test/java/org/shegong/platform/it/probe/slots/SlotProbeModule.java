package org.shegong.platform.it.probe.slots;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.Panel;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.module.ShegongModule;

/**
 * A module of the browser test's archive only, on for every operator, that puts a panel on the
 * station start page, the operator start page and the region dashboard, seen by operator admins and
 * civil affairs only: the pages must render it where the person holds the permission.
 */
@ApplicationScoped
public class SlotProbeModule implements ShegongModule {

    public static final Permission SEE = new Permission("slotprobe.panels.see", Set.of(Role.OPERATOR_ADMIN, Role.CIVIL_AFFAIRS));

    @Override
    public String id() {
        return "slotprobe";
    }

    @Override
    public String bundle() {
        return "org.shegong.platform.it.probe.messages";
    }

    @Override
    public boolean enabledByDefault() {
        return true;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(SEE);
    }

    @Override
    public List<Panel> panels() {
        return List.of(
                new Panel("station", PanelSlot.STATION_START, "probe.panel", "/WEB-INF/slotprobe/panel.xhtml", SEE, 90),
                new Panel("operator", PanelSlot.OPERATOR_START, "probe.panel", "/WEB-INF/slotprobe/panel.xhtml", SEE, 90),
                new Panel("region", PanelSlot.REGION_DASHBOARD, "probe.panel", "/WEB-INF/slotprobe/panel.xhtml", SEE, 90));
    }
}
