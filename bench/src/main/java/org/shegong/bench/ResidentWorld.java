package org.shegong.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.shegong.devstack.EmbeddedDatabase;

/**
 * A synthetic register in the platform's own tables: one district of Shanxi with its streets and
 * their communities (regions are global), and two operators (tenants) with {@code perTenant}
 * residents each in those communities, so every tenant-filtered query has another tenant's rows
 * beside it. Written by JDBC batches: generating the world is not what is measured.
 */
final class ResidentWorld {

    static final String TENANT = "bench-op-a";
    static final String OTHER_TENANT = "bench-op-b";
    static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱",
        "郭", "何", "罗", "高", "林"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅";

    final List<String> streets = new ArrayList<>();
    final Map<String, List<String>> communitiesOfStreet = new LinkedHashMap<>();
    final Map<String, String> communityNames = new LinkedHashMap<>();
    final Map<String, Long> regionIds = new LinkedHashMap<>();
    private final Random random = new Random(14);

    /** Builds the regions ({@code streets} × {@code communities}) and both tenants' residents. */
    static ResidentWorld build(PlatformDatabase db, int streetCount, int communitiesPerStreet, int perTenant) throws SQLException {
        ResidentWorld world = new ResidentWorld();
        try (Connection c = batching(db).getConnection()) {
            c.setAutoCommit(false);
            world.regions(c, streetCount, communitiesPerStreet);
            world.residents(c, TENANT, perTenant);
            world.residents(c, OTHER_TENANT, perTenant);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE region, resident");
            }
        }
        return world;
    }

    /** Adds {@code count} more tenants ({@code prefix0001} …) with {@code perTenant} residents each, by JDBC batches. */
    List<String> addTenants(PlatformDatabase db, String prefix, int count, int perTenant) throws SQLException {
        List<String> tenants = new ArrayList<>(count);
        try (Connection c = batching(db).getConnection()) {
            c.setAutoCommit(false);
            for (int t = 1; t <= count; t++) {
                String tenant = String.format("%s%04d", prefix, t);
                residents(c, tenant, perTenant);
                tenants.add(tenant);
            }
        }
        return tenants;
    }

    /** The same database with batched statements rewritten into multi-row inserts: only for generating data. */
    static MysqlDataSource batching(PlatformDatabase db) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(db.jdbcUrl() + "?rewriteBatchedStatements=true");
        ds.setUser(EmbeddedDatabase.USER);
        ds.setPassword(EmbeddedDatabase.PASSWORD);
        return ds;
    }

    private void regions(Connection c, int streetCount, int communitiesPerStreet) throws SQLException {
        long province = region(c, "140000000000", "山西省", "PROVINCE", null);
        long city = region(c, "140100000000", "太原市", "CITY", province);
        long district = region(c, "140106000000", "迎泽区", "DISTRICT", city);
        for (int s = 1; s <= streetCount; s++) {
            String street = String.format("140106%03d000", s);
            long streetId = region(c, street, "街道" + s, "STREET", district);
            streets.add(street);
            List<String> communities = new ArrayList<>();
            for (int k = 1; k <= communitiesPerStreet; k++) {
                String community = String.format("140106%03d%03d", s, k);
                region(c, community, "街道" + s + "社区" + k, "COMMUNITY", streetId);
                communities.add(community);
                communityNames.put(community, "街道" + s + "社区" + k);
            }
            communitiesOfStreet.put(street, communities);
        }
        c.commit();
    }

    private long region(Connection c, String code, String name, String level, Long parent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO region (version, code, name, level, parent_id, created_at,"
                + " created_by, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, NOW(6), 'bench', NOW(6), 'bench')",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, level);
            s.setObject(4, parent);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                regionIds.put(code, keys.getLong(1));
                return keys.getLong(1);
            }
        }
    }

    private void residents(Connection c, String tenant, int n) throws SQLException {
        List<String> communities = new ArrayList<>(communityNames.keySet());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO resident (tenant_id, version, name, gender, birth_date,"
                + " phone, community_id, address, categories, created_at, created_by, updated_at, updated_by, removed_at,"
                + " removed_by, registered_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, NOW(6), 'bench', NOW(6), 'bench', ?, ?, CURDATE())")) {
            Timestamp removedAt = Timestamp.valueOf("2026-01-05 09:00:00");
            for (int i = 0; i < n; i++) {
                String community = communities.get(random.nextInt(communities.size()));
                boolean removed = random.nextInt(50) == 0;
                s.setString(1, tenant);
                s.setString(2, name());
                s.setString(3, random.nextBoolean() ? "MALE" : "FEMALE");
                s.setDate(4, Date.valueOf(LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000))));
                s.setString(5, String.format("139%08d", random.nextInt(100_000_000)));
                s.setLong(6, regionIds.get(community));
                s.setString(7, communityNames.get(community) + random.nextInt(200) + "号");
                s.setString(8, random.nextInt(3) == 0 ? ",ELDER," : "");
                s.setTimestamp(9, removed ? removedAt : null);
                s.setString(10, removed ? "bench" : null);
                s.addBatch();
                if ((i + 1) % 5000 == 0) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    String name() {
        StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
        int given = 1 + random.nextInt(2);
        for (int g = 0; g < given; g++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
