package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.application.provisioning.ProvisioningAtStartup;
import org.shegong.platform.application.provisioning.ProvisioningReport;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.infrastructure.persistence.DatabaseMigration;

/**
 * The schema comes from Flyway and only from Flyway; the demo world comes from tenants/, applied
 * at start and again here without changing a row; a broken descriptor changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaAndProvisioningIT {

    static final List<String> TABLES = List.of("region", "tenant", "station", "contract", "contract_target",
            "staff_member", "resident", "activity", "activity_participant", "partner");

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(SchemaAndProvisioningIT.class);
    }

    @Inject
    DatabaseMigration migration;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ActAs actAs;

    @Inject
    org.shegong.platform.application.staff.StaffRoster roster;

    @Test
    void theFreshDatabaseWasMigratedAndASecondRunIsANoOp() throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select version, success from flyway_history_platform where version is not null order by installed_rank")) {
            assertTrue(rs.next(), "the platform's history records its migrations");
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
        }
        for (String table : TABLES) {
            Fixtures.countRows(table); // throws if the table is missing
        }
        MigrateResult again = migration.migrate("platform", "db/migration/platform");
        assertEquals(0, again.migrationsExecuted);
        assertTrue(again.success);
    }

    @Test
    void applyingTheDemoWorldAgainChangesNoRow() throws Exception {
        Map<String, Long> before = snapshot();
        assertTrue(before.get("tenant") >= 4, "the demo operators were provisioned at start: " + before);
        // The demo world's seven (山西, 14…); other ITs add stations of a test district of their own (Fixtures.freeStreet).
        assertEquals(7L, count("select count(*) from station s join region r on r.id = s.street_id where r.code like '14%'"));
        assertTrue(before.get("resident") > 0, "demo residents were seeded: " + before);

        ProvisioningReport report = provisioning.apply(tenantsDir());
        assertEquals(List.of(), report.refused());
        assertEquals(before, snapshot());
    }

    @Test
    void aMalformedDescriptorIsRefusedWithFileAndFieldAndNothingOfItIsApplied(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path operators = Files.createDirectories(dir.resolve("operators"));
        Files.copy(tenantsDir().resolve("regions.json"), dir.resolve("regions.json"));
        String huide = Files.readString(tenantsDir().resolve("operators/huide.json"));
        // A well-formed new operator, and one whose second contract names a street that does not exist.
        Files.writeString(operators.resolve("it-good.json"), huide
                .replace("\"code\": \"huide\"", "\"code\": \"it-good\"")
                .replace("YZMZ-2024-003", "IT-GOOD-1")
                .replace("\"demo\": { \"residentsPerStation\": 30, \"activitiesPerStation\": 24 }", "\"demo\": null"));
        Files.writeString(operators.resolve("it-bad.json"), huide
                .replace("\"code\": \"huide\"", "\"code\": \"it-bad\"")
                .replace("YZMZ-2024-003", "IT-BAD-1")
                .replace("\"targets\": {", "\"targets\": { \"cases\": 1, \"clubs\": 2, \"activities\": 3 }}, {"
                        + " \"number\": \"IT-BAD-2\", \"street\": \"140106099000\", \"startsOn\": \"2024-01-01\","
                        + " \"endsOn\": \"2024-12-31\", \"targets\": {"));
        Map<String, Long> before = snapshot();

        ProvisioningReport report = provisioning.apply(dir);

        assertEquals(1, report.refused().size(), report.toString());
        String reason = report.refused().get(0);
        assertTrue(reason.startsWith("operators/it-bad.json: contracts[1].street: "), reason);
        assertTrue(reason.contains("140106099000"), reason);
        assertTrue(report.applied().contains("operators/it-good.json"), report.toString());
        assertEquals(0, count("select count(*) from tenant where code = 'it-bad'"));
        assertEquals(0, count("select count(*) from contract where number like 'IT-BAD-%'"));
        assertEquals(0, count("select count(*) from staff_member where tenant_id = 'it-bad'"));
        assertEquals(1, count("select count(*) from tenant where code = 'it-good'"));
        assertEquals(before.get("resident"), snapshot().get("resident"));
    }

    @Test
    void aContractOfAnotherOperatorIsNotHandedOverByADescriptor(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path operators = Files.createDirectories(dir.resolve("operators"));
        Files.copy(tenantsDir().resolve("regions.json"), dir.resolve("regions.json"));
        String huide = Files.readString(tenantsDir().resolve("operators/huide.json"));
        // Names hope's contract for 老军营街道 as its own.
        Files.writeString(operators.resolve("it-grabber.json"), huide
                .replace("\"code\": \"huide\"", "\"code\": \"it-grabber\"")
                .replace("YZMZ-2024-003", "YZMZ-2021-005")
                .replace("\"demo\": { \"residentsPerStation\": 30, \"activitiesPerStation\": 24 }", "\"demo\": null"));
        Map<String, Long> before = snapshot();

        ProvisioningReport report = provisioning.apply(dir);

        assertEquals(1, report.refused().size(), report.toString());
        assertTrue(report.refused().get(0).contains("belongs to operator hope"), report.toString());
        assertEquals(0, count("select count(*) from tenant where code = 'it-grabber'"));
        assertEquals(before, snapshot());
    }

    /**
     * Issue 15: which wins when tenants/ is applied again at start. An unchanged file is left alone,
     * so a change made in the UI survives the restart; a file someone edited is applied and wins.
     */
    @Test
    void aChangeMadeInTheUiSurvivesARestartUntilTheFileItselfChanges(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String code = "it-keep" + suffix;
        org.shegong.platform.api.tenancy.TenantId tenant = org.shegong.platform.api.tenancy.TenantId.of(code);
        String descriptor = Fixtures.operatorLikeTongxin(code, "保留测试中心" + suffix, "");
        Fixtures.provision(provisioning, dir, code, descriptor);

        // The operator admin records 牛海波's certificate in the UI (its service, as the staff page calls it).
        var member = actAs.tenant(tenant, () -> roster.all().stream().filter(m -> m.getName().equals("牛海波")).findFirst().orElseThrow());
        actAs.tenant(tenant, () -> roster.updateCertificate(member.getId(), member.getVersion(),
                org.shegong.platform.domain.model.staff.CertificateLevel.ASSISTANT, "ZL2026140999", "13912345678"));

        // A restart applies the same folder again.
        ProvisioningReport restart = provisioning.apply(dir);
        assertEquals(List.of(), restart.refused(), restart.toString());
        assertTrue(restart.unchanged().contains("operators/" + code + ".json"), restart.toString());
        var kept = actAs.tenant(tenant, () -> roster.all().stream().filter(m -> m.getName().equals("牛海波")).findFirst().orElseThrow());
        assertEquals("ZL2026140999", kept.getCertificateNumber(), "the UI's change survives the restart");
        assertEquals("13912345678", kept.getPhone());

        // Someone edits the file: it is applied, and its values win for what it names.
        Fixtures.provision(provisioning, dir, code, descriptor.replace(
                "{ \"name\": \"牛海波\", \"role\": \"SOCIAL_WORKER\", \"street\": \"140106002000\", \"certificate\": \"NONE\" }",
                "{ \"name\": \"牛海波\", \"role\": \"SOCIAL_WORKER\", \"street\": \"140106002000\", \"certificate\": \"ASSISTANT\","
                        + " \"certificateNumber\": \"ZL2026140111\" }"));
        var fromFile = actAs.tenant(tenant, () -> roster.all().stream().filter(m -> m.getName().equals("牛海波")).findFirst().orElseThrow());
        assertEquals("ZL2026140111", fromFile.getCertificateNumber(), "an edited file wins");
    }

    private static Path tenantsDir() {
        return Path.of(ConfigProvider.getConfig().getValue(ProvisioningAtStartup.TENANTS_DIR, String.class));
    }

    /** Row counts and, per table, the sum of row versions: any update anywhere raises it. */
    private static Map<String, Long> snapshot() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, Fixtures.countRows(table));
        }
        for (String table : List.of("region", "tenant", "station", "contract", "staff_member", "resident", "activity", "partner")) {
            counts.put(table + ".versions", count("select coalesce(sum(version), 0) from " + table));
        }
        return counts;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
