package org.shegong.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInsideEclipseLinkIsAnOutage() {
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");
        Throwable wrapped = new PersistenceException(DatabaseException.sqlException(linkFailure));
        assertTrue(DatabaseOutage.causedBy(wrapped));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool wait timed out"))));
    }

    @Test
    void aRefusedRowOrAProgrammingErrorIsNot() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000");
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(DatabaseException.sqlException(duplicate))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
