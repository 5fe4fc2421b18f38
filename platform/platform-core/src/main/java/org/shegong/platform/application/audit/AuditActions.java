package org.shegong.platform.application.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * Every audit action there is: the platform's own and those the modules declare, each under its owner's
 * id (checked at start, as module ids and metric codes are). An entry is only written for a declared
 * action, so every line of every history can be shown by its label.
 */
@ApplicationScoped
public class AuditActions {

    @Inject
    ModuleRegistry modules;

    private Map<String, AuditAction> byCode;
    private List<String> readCodes;

    @PostConstruct
    void collect() {
        Map<String, AuditAction> all = new LinkedHashMap<>();
        AuditAction.PLATFORM.forEach(a -> all.put(a.code(), a));
        for (ShegongModule module : modules.all()) {
            for (AuditAction action : module.auditActions()) {
                if (action.isPlatform() || !action.ownerId().equals(module.id())) {
                    throw new IllegalStateException("module " + module.id() + " declares the audit action " + action.code()
                            + ": a module's actions are " + module.id() + ".<name>");
                }
                if (all.put(action.code(), action) != null) {
                    throw new IllegalStateException("the audit action " + action.code() + " is declared twice");
                }
            }
        }
        byCode = Map.copyOf(all);
        readCodes = all.values().stream().filter(AuditAction::read).map(AuditAction::code).toList();
    }

    /** The declared action of that code; refuses one no module declares (or declares differently). */
    public AuditAction declared(AuditAction action) {
        AuditAction known = byCode.get(action.code());
        if (!action.equals(known)) {
            throw new IllegalArgumentException("no module declares the audit action " + action.code());
        }
        return known;
    }

    /**
     * The action stored under {@code code}. A code no module declares any more (a module taken off the
     * class path) is kept as a change whose label key is the code itself, so old histories still show.
     */
    public AuditAction byCode(String code) {
        AuditAction known = byCode.get(code);
        return known != null ? known : new AuditAction(code, code, false);
    }

    /** The codes of every read action, for the reads of personal data. */
    public List<String> readCodes() {
        return readCodes;
    }

    public List<AuditAction> all() {
        return List.copyOf(byCode.values());
    }
}
