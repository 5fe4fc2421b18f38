package org.shegong.platform.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.modules.ModuleRegistry;

/** Which audit actions exist: the platform's, and what each module declares under its own id. */
class AuditActionsTest {

    static final AuditAction ASSIGNED = AuditAction.ofChange("cases.case.assigned", "audit.case.assigned");
    static final AuditAction PRINTED = AuditAction.ofRead("cases.case.printed", "audit.case.printed");

    @Test
    void aModulesDeclaredActionsJoinThePlatformsAndItsReadsAreReads() {
        AuditActions actions = of(module("cases", ASSIGNED, PRINTED));
        assertEquals(ASSIGNED, actions.declared(ASSIGNED));
        assertEquals(AuditAction.CHANGED, actions.declared(AuditAction.CHANGED));
        assertEquals(PRINTED, actions.byCode("cases.case.printed"));
        assertTrue(actions.readCodes().containsAll(List.of("VIEWED", "REVEALED", "EXPORTED", "LISTED", "cases.case.printed")));
        assertFalse(actions.readCodes().contains("cases.case.assigned"));
        assertFalse(actions.readCodes().contains("CHANGED"));
    }

    @Test
    void anUndeclaredActionOrOneDeclaredDifferentlyIsRefused() {
        AuditActions actions = of(module("cases", ASSIGNED));
        assertThrows(IllegalArgumentException.class,
                () -> actions.declared(AuditAction.ofChange("cases.case.closed", "audit.case.closed")));
        assertThrows(IllegalArgumentException.class,
                () -> actions.declared(AuditAction.ofRead("cases.case.assigned", "audit.case.assigned")));
    }

    @Test
    void aModuleMayDeclareActionsOnlyUnderItsOwnIdAndOnlyOnce() {
        assertThrows(IllegalStateException.class, () -> of(module("other", ASSIGNED)));
        assertThrows(IllegalStateException.class, () -> of(module("cases", ASSIGNED, ASSIGNED)));
    }

    @Test
    void aCodeNoOneDeclaresAnyMoreStillReadsAsAChange() {
        AuditAction gone = of().byCode("removedmodule.case.assigned");
        assertEquals("removedmodule.case.assigned", gone.code());
        assertFalse(gone.read());
    }

    private static AuditActions of(ShegongModule... modules) {
        AuditActions actions = new AuditActions();
        actions.modules = new ModuleRegistry() {
            @Override
            public List<ShegongModule> all() {
                return List.of(modules);
            }
        };
        actions.collect();
        return actions;
    }

    private static ShegongModule module(String id, AuditAction... declared) {
        return new ShegongModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String bundle() {
                return "none";
            }

            @Override
            public List<AuditAction> auditActions() {
                return List.of(declared);
            }
        };
    }
}
