package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * How the audit trail reads on a page: actions and record kinds by their labels in the page's
 * language, from the bundle of whoever declares them (the platform's for its own, a module's for
 * {@code <module>.…}); times in the stations' zone as {@code yyyy-MM-dd HH:mm}.
 */
@Named
@ApplicationScoped
public class AuditLabels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String GLOBAL = "global.";

    @Inject
    ModuleRegistry modules;

    /** The one clock, in the stations' zone (Asia/Shanghai). */
    @Inject
    Clock clock;

    public String action(AuditAction action) {
        return text(action.ownerId(), action.labelKey());
    }

    /**
     * A record kind's label: key {@code audit.kind.<kind>} of the owner's bundle; a module's record kept
     * across tenants ({@code global.<module>.<name>}) is labelled as such plus the module's kind.
     */
    public String kind(String kind) {
        if (kind.startsWith(GLOBAL)) {
            return text(CoreModule.ID, "audit.kind.global") + " · " + kind(kind.substring(GLOBAL.length()));
        }
        int dot = kind.indexOf('.');
        String owner = dot < 0 ? CoreModule.ID : kind.substring(0, dot);
        String label = text(owner, "audit.kind." + kind);
        // A module that forgot to name one of its kinds is still named, never shown as a bundle key.
        return label.equals("audit.kind." + kind) ? moduleName(owner) : label;
    }

    private String moduleName(String ownerId) {
        ShegongModule owner = modules.find(ownerId).orElse(null);
        return owner == null ? ownerId : ModuleTexts.text(owner, owner.nameKey());
    }

    public String time(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(zone()));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    private String text(String ownerId, String key) {
        ShegongModule owner = modules.find(ownerId).orElse(null);
        return owner == null ? key : ModuleTexts.text(owner, key);
    }
}
