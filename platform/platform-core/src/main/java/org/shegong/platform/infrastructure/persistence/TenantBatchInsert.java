package org.shegong.platform.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.shegong.platform.api.tenancy.NoTenantException;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * New rows of a tenant table written as multi-row INSERTs, for an import's thousands of rows: the
 * one place outside EclipseLink that writes {@code tenant_id}. EclipseLink cannot batch these rows
 * (ids are IDENTITY: it sends each INSERT alone and reads its key back), which made an import of
 * 5,000 residents 10,000+ round trips.
 *
 * <p>What keeps it as safe as the entity path: the statement runs on the request's own tenant
 * EntityManager's connection, inside its transaction (JTA on the server), so it commits or rolls
 * back with everything else; the tenant written is the one {@link TenantEntityManager} put on that
 * EntityManager, which must equal the context's tenant (as {@code TenantGuard} requires of every
 * write) — never a value from the caller or the file. Insert only: no UPDATE, DELETE or SELECT of
 * tenant rows is ever written by hand.
 */
final class TenantBatchInsert {

    /** Rows per statement: 500 rows of ≤ 16 columns stay far below the 65,535 placeholders and any packet limit. */
    static final int ROWS_PER_STATEMENT = 500;

    private TenantBatchInsert() {
    }

    /**
     * The tenant the EntityManager writes for, checked against the context's (both must be there and
     * agree, else nothing is written).
     */
    static String tenantOf(EntityManager em, TenantId context) {
        Object tenant = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (context == null || tenant == null) {
            throw new NoTenantException();
        }
        if (!context.value().equals(tenant)) {
            throw new IllegalStateException("the EntityManager's tenant is not the context's");
        }
        return context.value();
    }

    /** The EntityManager's connection in its current transaction (begun at the database if it was not yet). */
    static Connection connectionOf(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            // EclipseLink hands out the connection only inside a transaction: no transaction, no write
            throw new IllegalStateException("a batch insert needs the caller's transaction");
        }
        return connection;
    }

    /**
     * Inserts the rows ({@code columns} values each, in that order) with {@link #ROWS_PER_STATEMENT}
     * rows a statement and returns the generated ids in row order. The ids of one multi-row INSERT
     * are consecutive (InnoDB reserves them at once for a statement whose row count it knows, as
     * Connector/J's own batch rewriting assumes); {@code verify} is asked to confirm that for each
     * statement's range, so a server that interleaved them fails the write instead of misnumbering.
     */
    static List<Long> insert(Connection c, String table, List<String> columns, List<Object[]> rows, RangeCheck verify)
            throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        String one = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(",", Collections.nCopies(part.size(), one));
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int p = 1;
                for (Object[] row : part) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("a row of " + row.length + " values for " + columns.size() + " columns");
                    }
                    for (Object value : row) {
                        s.setObject(p++, value);
                    }
                }
                if (s.executeUpdate() != part.size()) {
                    throw new SQLException("not every row of " + table + " was inserted");
                }
                List<Long> keys = new ArrayList<>(part.size());
                try (ResultSet generated = s.getGeneratedKeys()) {
                    while (generated.next()) {
                        keys.add(generated.getLong(1));
                    }
                }
                if (keys.size() != part.size() || (verify != null && !verify.holds(c, keys.get(0), keys.get(keys.size() - 1), part.size()))) {
                    throw new SQLException("the ids of a multi-row insert into " + table + " were not consecutive");
                }
                ids.addAll(keys);
            }
        }
        return ids;
    }

    /** Confirms that ids {@code first}..{@code last} are exactly the {@code rows} rows just inserted. */
    @FunctionalInterface
    interface RangeCheck {
        boolean holds(Connection c, long first, long last, int rows) throws SQLException;
    }
}
