package org.shegong.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.tenancy.ForeignTenantException;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.tenancy.TenantId;

class TenantGuardTest {

    static class Note extends TenantOwnedEntity {
    }

    private static final TenantId HOPE = TenantId.of("hope");

    @Test
    void aNewRowIsWrittenForTheContextsTenant() {
        assertDoesNotThrow(() -> TenantGuard.check(new Note(), Optional.of(HOPE)));
    }

    @Test
    void aRowOfTheSameTenantIsWritten() throws Exception {
        assertDoesNotThrow(() -> TenantGuard.check(readAs("hope"), Optional.of(HOPE)));
    }

    @Test
    void anotherTenantsRowIsRefusedWithBothTenantsNamed() throws Exception {
        ForeignTenantException e = assertThrows(ForeignTenantException.class,
                () -> TenantGuard.check(readAs("huide"), Optional.of(HOPE)));
        assertTrue(e.getMessage().contains("huide") && e.getMessage().contains("hope"), e.getMessage());
    }

    @Test
    void noTenantInTheContextRefusesEvenANewRow() {
        assertThrows(NoTenantException.class, () -> TenantGuard.check(new Note(), Optional.empty()));
    }

    /** A row as EclipseLink reads it: the read-only tenant column filled from the database. */
    private static Note readAs(String tenant) throws Exception {
        Note note = new Note();
        Field column = TenantOwnedEntity.class.getDeclaredField("tenantOfRow");
        column.setAccessible(true);
        column.set(note, tenant);
        return note;
    }
}
