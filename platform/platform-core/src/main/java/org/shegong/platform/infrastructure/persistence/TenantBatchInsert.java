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
import java.util.Map;
import java.util.function.IntConsumer;
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

    /**
     * Rows per statement. Small enough that the driver's parse of the prepared statement (once per
     * call, linear in its length: at 500 rows it was a quarter of an import's write in the profile)
     * stays cheap, large enough that the round trips do not matter (ten per thousand rows).
     */
    static final int ROWS_PER_STATEMENT = 100;

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

    /** The columns every new row of a tenant table shares: tenant, version 1 (as EclipseLink starts it), who and when. */
    static Map<String, Object> same(String tenant, java.sql.Timestamp at, String by) {
        Map<String, Object> same = new java.util.LinkedHashMap<>();
        same.put("tenant_id", tenant);
        same.put("version", 1L);
        same.put("created_at", at);
        same.put("created_by", by);
        same.put("updated_at", at);
        same.put("updated_by", by);
        return same;
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
     * rows a statement and returns the generated ids in row order; {@code written} hears the count so
     * far after each statement. {@code same} are the columns whose
     * value every row shares (tenant, version, who and when): bound once per call as session
     * variables rather than once per row (the driver's text encoding of two timestamps per row was
     * the largest part of the write's profile), and cleared afterwards. The ids of one multi-row
     * INSERT are consecutive (InnoDB reserves them at once for a statement whose row count it knows,
     * as Connector/J's own batch rewriting assumes); {@code verify} is asked once, after the last
     * statement, to confirm that all the statements' ranges hold exactly these rows, so a server that
     * interleaved them fails the write instead of misnumbering.
     */
    static List<Long> insert(Connection c, String table, Map<String, Object> same, List<String> columns, List<Object[]> rows,
                             IntConsumer written, RangeCheck verify) throws SQLException {
        List<String> variables = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            variables.add("@shegong_batch_" + i);
        }
        if (!same.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SET " + String.join(", ", variables.stream().map(v -> v + " = ?").toList()))) {
                int p = 1;
                for (Object value : same.values()) {
                    s.setObject(p++, value);
                }
                s.execute();
            }
        }
        try {
            return insertRows(c, table, new ArrayList<>(same.keySet()), variables, columns, rows, written, verify);
        } finally {
            if (!same.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET " + String.join(", ", variables.stream().map(v -> v + " = NULL").toList()));
                }
            }
        }
    }

    private static List<Long> insertRows(Connection c, String table, List<String> sameColumns, List<String> variables,
                                         List<String> columns, List<Object[]> rows, IntConsumer written,
                                         RangeCheck verify) throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        List<long[]> ranges = new ArrayList<>();
        List<String> all = new ArrayList<>(sameColumns);
        all.addAll(columns);
        List<String> values = new ArrayList<>(variables);
        values.addAll(Collections.nCopies(columns.size(), "?"));
        String one = "(" + String.join(",", values) + ")";
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                String sql = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES "
                        + String.join(",", Collections.nCopies(part.size(), one));
                // one statement of full size, prepared once (the driver parses thousands of placeholders)
                boolean isFull = part.size() == ROWS_PER_STATEMENT;
                if (isFull && full == null) {
                    full = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                }
                PreparedStatement s = isFull ? full : c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                try {
                    int p = 1;
                    for (Object[] row : part) {
                        if (row.length != columns.size()) {
                            throw new IllegalArgumentException("a row of " + row.length + " values for " + columns.size() + " columns");
                        }
                        for (Object value : row) {
                            bind(s, p++, value);
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
                    if (keys.size() != part.size() || keys.get(keys.size() - 1) - keys.get(0) + 1 != part.size()) {
                        throw new SQLException("the ids of a multi-row insert into " + table + " were not consecutive");
                    }
                    ranges.add(new long[] {keys.get(0), keys.get(keys.size() - 1)});
                    ids.addAll(keys);
                    written.accept(ids.size());
                } finally {
                    if (s != full) {
                        s.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        if (verify != null && !ranges.isEmpty() && !verify.holds(ranges, rows.size())) {
            throw new SQLException("the ids of a multi-row insert into " + table + " were not the rows inserted");
        }
        return ids;
    }

    /**
     * A row's value bound by its own setter: {@code setObject} looks the value's class up in the
     * driver's tables for every one of an import's hundreds of thousands of values.
     */
    private static void bind(PreparedStatement s, int p, Object value) throws SQLException {
        if (value instanceof String text) {
            s.setString(p, text);
        } else if (value instanceof Long number) {
            s.setLong(p, number);
        } else if (value instanceof Integer number) {
            s.setInt(p, number);
        } else {
            s.setObject(p, value);
        }
    }

    /**
     * Confirms that the id ranges ({@code {first, last}} each, one per statement, disjoint unless
     * misnumbered) hold exactly the {@code rows} rows just inserted: counting the rows written now by
     * this actor in them must give {@code rows}, which overlapping or foreign ranges cannot.
     */
    @FunctionalInterface
    interface RangeCheck {
        boolean holds(List<long[]> ranges, int rows) throws SQLException;
    }
}
