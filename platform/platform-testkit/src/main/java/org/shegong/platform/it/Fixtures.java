package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shegong.platform.application.provisioning.ProvisioningAtStartup;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/** Test data built from the demo world of tenants/ (which the server provisions at start). */
public final class Fixtures {

    /** 五一东街社区 of 迎泽街道, and 文庙社区 of 文庙街道. */
    public static final String COMMUNITY_YINGZE = "140106001001";
    public static final String COMMUNITY_WENMIAO = "140106003001";
    public static final String STREET_YINGZE = "140106001000";
    public static final String STREET_WENMIAO = "140106003000";

    /**
     * Birth dates from 1930 on, every day of about 33 years (to late 1962), times 1,000 order numbers:
     * a fresh resident is 60 or over on any day the tests run, so elder care takes each one.
     */
    private static final int DAYS = 12_000;
    private static final int SPACE = DAYS * 1_000;

    /**
     * Every JVM and every deployed test archive has its own copy of this class, so each starts at a
     * random place in the whole space: two runs of a few hundred numbers almost never meet.
     */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(SPACE));

    private Fixtures() {
    }

    /** A valid, invented ID number, not returned before by this copy of the class and unlikely by any other. */
    public static String freshIdNumber() {
        int n = Math.floorMod(SEQUENCE.incrementAndGet(), SPACE);
        String first17 = "140106" + LocalDate.of(1930, 1, 1).plusDays(n % DAYS).toString().replace("-", "")
                + String.format("%03d", n / DAYS);
        return first17 + IdNumber.checkCharFor(first17);
    }

    /**
     * The first {@code max} residents of this person's list (as the API gives them) who are 60 or over:
     * elder care opens a profile only for them, and tests register younger residents that sort anywhere
     * in the list.
     */
    public static List<jakarta.json.JsonObject> elders(org.shegong.platform.it.client.Api api, String token, int max) {
        LocalDate sixtyYearsAgo = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusYears(60);
        HttpResponse<String> listed = api.get("residents?max=500", token);
        assertEquals(200, listed.statusCode(), listed.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(listed.body())).readArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.containsKey("birthDate") && !r.isNull("birthDate")
                        && !LocalDate.parse(r.getString("birthDate")).isAfter(sixtyYearsAgo))
                .limit(max).toList();
    }

    /** How old a person born on {@code born} is today, in Asia/Shanghai (the platform's day), for expected age texts. */
    public static int ageToday(java.time.LocalDate born) {
        return java.time.Period.between(born, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).getYears();
    }

    public static ResidentDetails resident(String name, String idNumber, String communityCode) {
        return resident(name, idNumber, communityCode, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** As {@link #resident(String, String, String)}, registered (建档日期) on the given day (null: none given). */
    public static ResidentDetails resident(String name, String idNumber, String communityCode, java.time.LocalDate registeredOn) {
        return new ResidentDetails(name, idNumber, null, null, "13800000000", communityCode, "测试地址1号",
                Set.of(ResidentCategory.ELDER), registeredOn);
    }

    /** A street of the test district with its one community and its station, see {@link #freeStreet()}. */
    public record TestStreet(String code, String name, String communityCode, String stationName) {
    }

    /**
     * A street no contract names yet, made for the caller alone: a street of the test district
     * 测试省 › 测试市 › 测试区 (codes 970101…, outside 山西, so no demo region, dashboard or other IT
     * sees it), with one community and a station. Every call makes the next one, so a test may
     * contract it over any dates without meeting another IT class's contracts, in any order. Written
     * with plain SQL, in the container or from a client test (through {@code shegong.it.db.url}).
     */
    public static TestStreet freeStreet() {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            region(c, "970000000000", "测试省", "PROVINCE", null);
            region(c, "970100000000", "测试市", "CITY", "970000000000");
            region(c, "970101000000", "测试区", "DISTRICT", "970100000000");
            String code;
            try (java.sql.Statement s = c.createStatement();
                 // FOR UPDATE on the district's row: two callers at once never take the same number
                 ResultSet lock = s.executeQuery("SELECT id FROM region WHERE code = '970101000000' FOR UPDATE");
                 ResultSet last = c.createStatement().executeQuery(
                         "SELECT MAX(code) FROM region WHERE level = 'STREET' AND code LIKE '970101%'")) {
                last.next();
                int next = last.getString(1) == null ? 1 : Integer.parseInt(last.getString(1).substring(6, 9)) + 1;
                if (next > 999) {
                    throw new IllegalStateException("the test district is full");
                }
                code = String.format("970101%03d000", next);
            }
            String name = "测试" + code.substring(6, 9) + "街道";
            region(c, code, name, "STREET", "970101000000");
            String community = code.substring(0, 9) + "001";
            region(c, community, name + "一社区", "COMMUNITY", code);
            String stationName = name + "社会工作服务站";
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "INSERT INTO station (version, street_id, name, created_at, created_by, updated_at, updated_by)"
                            + " SELECT 0, id, ?, NOW(6), 'it', NOW(6), 'it' FROM region WHERE code = ?")) {
                s.setString(1, stationName);
                s.setString(2, code);
                s.executeUpdate();
            }
            c.commit();
            return new TestStreet(code, name, community, stationName);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A region of a test tree, under its parent by code (written once: a second call changes nothing). */
    public static void region(Connection c, String code, String name, String level, String parent) throws SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO region (version, code, name, level, parent_id, created_at, created_by, updated_at, updated_by)"
                        + " SELECT 0, ?, ?, ?, (SELECT id FROM region p WHERE p.code = ?), NOW(6), 'it', NOW(6), 'it'")) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, level);
            s.setString(4, parent);
            s.executeUpdate();
        }
    }

    /** The database: the server's data source in the container, a JDBC connection from a client test. */
    private static Connection connection() throws SQLException {
        String url = System.getProperty("shegong.it.db.url");
        try {
            return dataSource().getConnection();
        } catch (IllegalStateException notInTheContainer) {
            if (url == null) {
                throw notInTheContainer;
            }
            return java.sql.DriverManager.getConnection(url, "shegong", "shegong");
        }
    }

    /** Rows of a table across all tenants, read with plain JDBC: what is really in the database. */
    public static long countRows(String table) throws SQLException {
        try (Connection c = dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static DataSource dataSource() {
        try {
            return InitialContext.doLookup("jdbc/shegong");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An operator made from 同心's descriptor with its own code, name, contracts and logins
     * ({@code <code>.admin}, {@code <code>.lead}, {@code <code>.lead2}), the given modules (a JSON
     * array's items) and no demo data: a tenant a test may switch things on and off for.
     */
    public static String operatorLikeTongxin(String code, String name, String modules) throws IOException {
        String contract = "IT-" + code.substring(code.indexOf('-') + 1).toUpperCase(java.util.Locale.ROOT);
        return Files.readString(tenantsDir().resolve("operators/tongxin.json"))
                .replace("\"code\": \"tongxin\"", "\"code\": \"" + code + "\"")
                .replace("\"name\": \"同心社会工作服务中心\"", "\"name\": \"" + name + "\"")
                .replace("\"modules\": [\"eldercare\", \"volunteers\"]", "\"modules\": [" + modules + "]")
                .replace("YZMZ-2024-002", contract + "-002").replace("YZMZ-2024-004", contract + "-004")
                .replace("tongxin.admin", code + ".admin").replace("liuxiang.lead", code + ".lead")
                .replace("miaoqian.lead", code + ".lead2")
                .replace("\"demo\": { \"residentsPerStation\": 20, \"activitiesPerStation\": 16 }", "\"demo\": null");
    }

    /** Applies one operator's descriptor (with the shipped region tree) as start-up would, and checks nothing was refused. */
    public static void provision(TenantProvisioning provisioning, Path dir, String code, String descriptor) throws IOException {
        Files.createDirectories(dir.resolve("operators"));
        Files.copy(tenantsDir().resolve("regions.json"), dir.resolve("regions.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("operators/" + code + ".json"), descriptor);
        ProvisioningReport report = provisioning.apply(dir);
        assertEquals(List.of(), report.refused(), report.toString());
        assertEquals(List.of(), report.identityProblems(), report.toString());
    }

    private static Path tenantsDir() {
        return Path.of(ConfigProvider.getConfig().getValue(ProvisioningAtStartup.TENANTS_DIR, String.class));
    }
}
