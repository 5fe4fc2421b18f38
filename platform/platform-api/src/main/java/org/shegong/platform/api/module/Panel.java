package org.shegong.platform.api.module;

import java.util.Objects;
import org.shegong.platform.api.access.Permission;

/**
 * A panel a module adds to one of the platform's pages: a Facelets fragment under the module's
 * {@code META-INF/resources/<id>/}, placed in a {@link PanelSlot}, shown only to people who hold
 * {@code permission} and only while the module is on for their operator. One type for every slot,
 * so a new page with panels is a new slot, not a new SPI method.
 *
 * @param id         unique within the module
 * @param titleKey   key of the panel's title in the module's bundle
 * @param include    the Facelet's path inside the application, e.g. {@code /eldercare/panels/station.xhtml}
 * @param permission who may see it: one of the module's own {@link ShegongModule#permissions()}
 * @param order      position among the slot's panels, lowest first
 */
public record Panel(String id, PanelSlot slot, String titleKey, String include, Permission permission, int order) {

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(permission, "permission");
        if (!include.startsWith("/")) {
            throw new IllegalArgumentException("a panel's include is a path inside the application: " + include);
        }
    }
}
