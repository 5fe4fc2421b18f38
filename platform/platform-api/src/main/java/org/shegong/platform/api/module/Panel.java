package org.shegong.platform.api.module;

import java.util.Objects;
import java.util.function.LongPredicate;
import org.shegong.platform.api.access.Permission;

/**
 * A panel a module adds to one of the platform's pages: a Facelets fragment under the module's
 * {@code META-INF/resources/WEB-INF/<id>/} (under WEB-INF, as the platform keeps its own fragments, so it is
 * never served by itself: opened at an address of its own it was a blank page), placed in a
 * {@link PanelSlot}, shown only to people who hold {@code permission} and only while the module is on for their operator. One type for every slot,
 * so a new page with panels is a new slot, not a new SPI method.
 *
 * <p>On the page of one record ({@link PanelSlot#RESIDENT_PAGE}) a module may also say, per record,
 * whether its panel has anything to say there ({@link #onlyFor}): where it has not, the page shows no
 * panel at all, not an empty one or a note that there is nothing. Other slots show their panels always.
 *
 * @param id         unique within the module
 * @param titleKey   key of the panel's title in the module's bundle
 * @param include    the Facelet's path inside the application, under {@code /WEB-INF/},
 *                   e.g. {@code /WEB-INF/eldercare/panels/station.xhtml}
 * @param permission who may see it: one of the module's own {@link ShegongModule#permissions()}
 * @param order      position among the slot's panels, lowest first
 * @param shownFor   for a record's page, whether the panel is shown for the record of that id; asked only of
 *                   people who hold {@code permission}, in their request, and it must answer {@code false}
 *                   rather than throw for a record they may not see
 */
public record Panel(String id, PanelSlot slot, String titleKey, String include, Permission permission, int order,
                    LongPredicate shownFor) {

    /** Shown for every record: the panel of a slot without records, or one that always has something to say. */
    public static final LongPredicate ALWAYS = record -> true;

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(shownFor, "shownFor");
        if (!include.startsWith("/WEB-INF/")) {
            throw new IllegalArgumentException("a panel's include is a fragment under /WEB-INF/, never a page: " + include);
        }
        if (shownFor != ALWAYS && slot != PanelSlot.RESIDENT_PAGE) {
            throw new IllegalArgumentException("only a panel on a record's page is shown per record, not one in " + slot);
        }
    }

    public Panel(String id, PanelSlot slot, String titleKey, String include, Permission permission, int order) {
        this(id, slot, titleKey, include, permission, order, ALWAYS);
    }

    /** The same panel, shown only for the records {@code shownFor} accepts (on a record's page). */
    public Panel onlyFor(LongPredicate shownFor) {
        return new Panel(id, slot, titleKey, include, permission, order, shownFor);
    }

    /** Whether the panel is shown on the page of the record with this id. */
    public boolean isShownFor(long recordId) {
        return shownFor.test(recordId);
    }
}
