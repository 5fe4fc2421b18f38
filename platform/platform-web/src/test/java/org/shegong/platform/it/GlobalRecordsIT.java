package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.global.GlobalRecords;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.it.probe.ProbeIdentities;
import org.shegong.platform.it.probe.ProbeOperators;

/**
 * A module's cross-tenant record: the probe keeps a person's identity by a blind-index key. Two
 * operators with the probe on share it, each lookup (found or not) lands in the asking operator's
 * own audit trail, an operator without the probe cannot reach it, and bad input writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class GlobalRecordsIT {

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(GlobalRecordsIT.class);
    }

    static final TenantId HOPE = TenantId.of("hope");

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantWork work;

    @Inject
    ProbeIdentities identities;

    @Inject
    GlobalRecords records;

    TenantId first;
    TenantId second;

    @BeforeEach
    void operators() throws Exception {
        first = ProbeOperators.ensure(provisioning, "it-globa", "全局记录测试甲", "\"probe\"");
        second = ProbeOperators.ensure(provisioning, "it-globb", "全局记录测试乙", "\"probe\"");
    }

    @Test
    void twoOperatorsShareTheRecordAndEachLookupIsAuditedInTheAskingOperatorOnly() throws Exception {
        String key = blindIndex();
        long created = audited(first, "CREATED");
        as(first, () -> identities.register(key, "{\"name\":\"探针甲\"}"));
        assertEquals(created + 1, audited(first, "CREATED"), "the write is in the writer's trail");

        long firstsReads = audited(first, "VIEWED");
        long secondsReads = audited(second, "VIEWED");
        assertEquals(Optional.of("{\"name\":\"探针甲\"}@it-globa"), as(second, () -> identities.lookUp(key)));
        assertEquals(Optional.empty(), as(second, () -> identities.lookUp(blindIndex())), "an unknown key finds nothing");
        assertEquals(secondsReads + 2, audited(second, "VIEWED"), "found or not, every lookup is in the asker's trail");
        assertEquals(firstsReads, audited(first, "VIEWED"), "the other operator's trail is its own");

        as(second, () -> records.put("probe.identity", key, "{\"name\":\"探针乙\"}", "更正"));
        GlobalRecord record = as(first, () -> records.find("probe.identity", key, "核对")).orElseThrow();
        assertEquals("{\"name\":\"探针乙\"}", record.payload());
        assertEquals("it-globa", record.createdByTenant());
        assertEquals("it-globb", record.updatedByTenant());
        assertEquals(1L, Fixtures.countRows("global_record where record_key = '" + key + "'"), "one record, not one per operator");

        // The lookup's line on the read log, in each reader's language only (it was "键 key … · 核对 · 找到 found (it-globb)").
        String line = lastDetails(first, "VIEWED");
        String chinese = Said.say(line, Locale.SIMPLIFIED_CHINESE);
        String english = Said.say(line, Locale.ENGLISH);
        assertTrue(chinese.startsWith("键 " + key.substring(0, 6) + "…") && chinese.contains("核对") && chinese.contains("已找到")
                && !chinese.contains("found") && !chinese.contains("key"), chinese);
        assertTrue(english.startsWith("Key " + key.substring(0, 6) + "…") && english.contains("found, last changed by 全局记录测试乙")
                && !english.contains("键") && !english.contains("it-globb"), english);
        as(second, () -> identities.lookUp(blindIndex()));
        assertTrue(Said.say(lastDetails(second, "VIEWED"), Locale.ENGLISH).endsWith("; not found"), lastDetails(second, "VIEWED"));
        assertTrue(Said.say(lastDetails(second, "VIEWED"), Locale.SIMPLIFIED_CHINESE).endsWith("；未找到"), lastDetails(second, "VIEWED"));
    }

    private static String lastDetails(TenantId tenant, String action) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select details from audit_entry where tenant_id = ? and record_kind = "
                     + "'global.probe.identity' and action = ? order by id desc limit 1")) {
            q.setString(1, tenant.value());
            q.setString(2, action);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "a line in the trail");
                return rs.getString(1);
            }
        }
    }

    @Test
    void onlyTheOwningModuleOnForTheAskingOperatorReachesTheRecords() {
        String key = blindIndex();
        as(first, () -> identities.register(key, "{}"));
        assertThrows(IllegalStateException.class, () -> as(HOPE, () -> identities.lookUp(key)), "hope has not the probe on");
        assertThrows(IllegalStateException.class, () -> as(first, () -> records.find("eldercare.identity", key, "越权")),
                "elder care is off for this operator, so are its records");
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.find("nosuchmodule.identity", key, "x")));
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.find("identity", key, "x")), "kind without module");
        Set<String> methods = Arrays.stream(GlobalRecords.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        assertEquals(Set.of("put", "find", "findPublic"), methods, "lookup by key and write: nothing lists the records");
        assertThrows(IllegalArgumentException.class, () -> records.findPublic("probe.identity", key),
                "a kind its module does not declare public is not read without a tenant");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() throws Exception {
        String key = blindIndex();
        as(first, () -> identities.register(key, "{\"name\":\"原值\"}"));
        long audit = audited(first, "CHANGED");
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.put("probe.identity", key, " ", "清空")),
                "an empty payload would erase the record");
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.put("probe.identity", key, "x".repeat(4001), "过长")));
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.put("probe.identity", "k".repeat(129), "{}", "键过长")));
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.put("probe.identity", key, "{}", " ")),
                "no purpose, no write");
        assertThrows(IllegalArgumentException.class, () -> as(first, () -> records.find("probe.identity", "", "空键")));
        assertEquals("{\"name\":\"原值\"}", as(first, () -> records.find("probe.identity", key, "核对")).orElseThrow().payload());
        assertEquals(audit, audited(first, "CHANGED"));
    }

    private <T> T as(TenantId tenant, Callable<T> call) {
        return work.call(tenant, "it-global", call);
    }

    private void as(TenantId tenant, Runnable run) {
        work.run(tenant, "it-global", run);
    }

    private static long audited(TenantId tenant, String action) throws Exception {
        return Fixtures.countRows("audit_entry where tenant_id = '" + tenant.value()
                + "' and record_kind = 'global.probe.identity' and action = '" + action + "'");
    }

    /** Stands for an HMAC of an ID number: unique per call. */
    private static String blindIndex() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
