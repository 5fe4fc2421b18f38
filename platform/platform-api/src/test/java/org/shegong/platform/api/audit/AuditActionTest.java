package org.shegong.platform.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void aModuleActionIsOwnedByTheModuleItsCodeNames() {
        AuditAction assigned = AuditAction.ofChange("childprotection.case.assigned", "audit.case.assigned");
        assertEquals("childprotection", assigned.ownerId());
        assertFalse(assigned.isPlatform());
        assertFalse(assigned.read());
        assertTrue(AuditAction.ofRead("childprotection.case.printed", "audit.case.printed").read());
    }

    @Test
    void thePlatformsActionsKeepTheCodesAlreadyStoredAndTheirLabelKeys() {
        assertEquals("CHANGED", AuditAction.CHANGED.code());
        assertEquals("audit.action.CHANGED", AuditAction.CHANGED.labelKey());
        assertEquals("core", AuditAction.CHANGED.ownerId());
        assertTrue(AuditAction.VIEWED.read() && AuditAction.REVEALED.read() && AuditAction.EXPORTED.read());
        assertFalse(AuditAction.CREATED.read());
        assertEquals(AuditAction.PLATFORM.size(), AuditAction.PLATFORM.stream().map(AuditAction::code).distinct().count());
    }

    @Test
    void aModuleCannotDeclareAPlatformCodeOrAnUnprefixedOne() {
        assertThrows(IllegalArgumentException.class, () -> AuditAction.ofChange("CHANGED", "x"));
        assertThrows(IllegalArgumentException.class, () -> AuditAction.ofChange("assigned", "x"));
        assertThrows(IllegalArgumentException.class, () -> AuditAction.ofChange("Child.Case", "x"));
        assertThrows(IllegalArgumentException.class, () -> AuditAction.ofChange("probe." + "x".repeat(80), "x"));
        assertThrows(NullPointerException.class, () -> AuditAction.ofChange("probe.case.assigned", null));
    }
}
