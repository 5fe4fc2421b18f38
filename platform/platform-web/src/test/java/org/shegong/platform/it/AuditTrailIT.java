package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.interfaces.web.AuditLabels;
import org.shegong.platform.it.probe.ProbeReads;
import org.shegong.platform.it.probe.ProbeModule;

/**
 * The audit trail as the SPI offers it, with the probe module: its own action labelled from its own
 * bundle, audited reads found by record, person and period — in the reading tenant only — and a
 * trail the database itself keeps append-only.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    static final TenantId A = TenantId.of("it-audit-a");
    static final TenantId B = TenantId.of("it-audit-b");

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(AuditTrailIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    AuditTrail audit;

    @Inject
    ProbeReads cases;

    @Inject
    ResidentRegistry residents;

    @Inject
    AuditLabels labels;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws Exception {
        long caseId = evenCaseId();
        work.run(A, "it-auditor", () -> cases.assign(caseId, "张社工"));
        long before = Fixtures.countRows("audit_entry");
        try (Connection c = Fixtures.dataSource().getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update audit_entry set details = '改过了', created_by = 'someone-else' where record_kind = 'probe.case'"
                            + " and record_id = " + caseId));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from audit_entry where record_kind = 'probe.case' and record_id = " + caseId));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(before, Fixtures.countRows("audit_entry"));
        AuditRecord kept = work.call(A, "it-auditor", () -> audit.historyOf(ProbeReads.KIND, caseId)).get(0);
        assertEquals("分配给 张社工", kept.details());
        assertEquals("it-auditor", kept.actor());
    }

    @Test
    void aModulesOwnActionIsRecordedAndShownByItsLabel() {
        long caseId = evenCaseId();
        work.run(A, "it-lead", () -> cases.assign(caseId, "李社工"));
        List<AuditRecord> history = work.call(A, "it-lead", () -> audit.historyOf(ProbeReads.KIND, caseId));
        assertEquals(1, history.size());
        assertEquals(ProbeModule.ASSIGNED, history.get(0).action());
        assertEquals("已分配", labels.action(history.get(0).action()), "the label comes from the probe's bundle");
        assertEquals("探针个案", labels.kind(ProbeReads.KIND));
        assertEquals("修改", labels.action(AuditAction.CHANGED));
        assertEquals(List.of(), work.call(B, "it-lead", () -> audit.historyOf(ProbeReads.KIND, caseId)),
                "another tenant sees none of it");
    }

    @Test
    void anActionNoModuleDeclaresIsRefusedAndWritesNothing() throws Exception {
        long before = Fixtures.countRows("audit_entry");
        AuditAction undeclared = AuditAction.ofChange("probe.case.vanished", "audit.case.vanished");
        assertThrows(IllegalArgumentException.class,
                () -> work.run(A, "it-lead", () -> audit.record(ProbeReads.KIND, 2, undeclared, "")));
        AuditAction foreign = AuditAction.ofChange("eldercare.case.assigned", "audit.case.assigned");
        assertThrows(IllegalArgumentException.class,
                () -> work.run(A, "it-lead", () -> audit.record(ProbeReads.KIND, 2, foreign, "")));
        assertEquals(before, Fixtures.countRows("audit_entry"));
    }

    @Test
    void anAuditedReadIsFoundByRecordPersonAndPeriodInItsTenantOnly() {
        long caseId = evenCaseId();
        String reader = "it-reader-" + System.nanoTime();
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of("个案 " + caseId), work.call(A, reader, () -> cases.open(caseId)));
        }
        assertEquals(Optional.empty(), work.call(A, reader, () -> cases.open(caseId + 1)), "nothing found, nothing read");
        Instant end = Instant.now().plusSeconds(1);

        ReadQuery ofRecord = ReadQuery.ofRecord(ProbeReads.KIND, caseId);
        assertEquals(3, (long) work.call(A, reader, () -> audit.countReads(ofRecord)));
        assertEquals(0, (long) work.call(A, reader, () -> audit.countReads(ReadQuery.ofRecord(ProbeReads.KIND, caseId + 1))));
        assertEquals(3, (long) work.call(A, "it-admin", () -> audit.countReads(ReadQuery.byActor(reader))));
        assertEquals(3, (long) work.call(A, "it-admin", () -> audit.countReads(
                new ReadQuery(ProbeReads.KIND, caseId, reader, start, end))));
        assertEquals(0, (long) work.call(A, "it-admin", () -> audit.countReads(
                new ReadQuery(ProbeReads.KIND, caseId, reader, start.minusSeconds(3600), start))), "before the period");
        assertEquals(0, (long) work.call(B, reader, () -> audit.countReads(ofRecord)), "another tenant sees no read");
        assertEquals(0, (long) work.call(B, reader, () -> audit.countReads(ReadQuery.byActor(reader))));

        List<AuditRecord> firstPage = work.call(A, "it-admin", () -> audit.reads(ofRecord, 0, 2));
        List<AuditRecord> secondPage = work.call(A, "it-admin", () -> audit.reads(ofRecord, 2, 2));
        assertEquals(2, firstPage.size());
        assertEquals(1, secondPage.size());
        AuditRecord read = firstPage.get(0);
        assertEquals(AuditAction.VIEWED, read.action());
        assertEquals(reader, read.actor());
        assertEquals("查看探针个案", read.details());
        assertEquals(1, read.rows());
        assertTrue(!read.at().isBefore(secondPage.get(0).at()), "newest first");
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenHandsNothingOut() {
        String reader = "it-unrecorded-" + System.nanoTime();
        Optional<?>[] handedOut = new Optional<?>[1];
        assertThrows(RuntimeException.class, () -> work.run(A, reader, () -> handedOut[0] = cases.openUnrecordable(4)));
        assertEquals(null, handedOut[0], "the value never reached the caller");
        assertEquals(0, (long) work.call(A, "it-admin", () -> audit.countReads(ReadQuery.byActor(reader))));
    }

    @Test
    void openingListingAndExportingResidentsAreReadsOfTheirTenantOnly() {
        Set<String> streets = Set.of(Fixtures.STREET_YINGZE);
        String reader = "it-resident-reader-" + System.nanoTime();
        long id = work.call(A, "it-lead", () -> residents.register(
                Fixtures.resident("查阅测试", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        long inStreet = work.call(A, reader, () -> residents.countInStreets(streets));

        assertTrue(work.call(A, reader, () -> residents.open(id, streets)).isPresent());
        assertTrue(work.call(B, reader, () -> residents.open(id, streets)).isEmpty(), "another tenant's resident is not found");
        long exported = work.call(A, reader, () -> residents.exporting(ResidentSearch.all(streets), "CSV"));
        int listed = work.call(A, reader, () -> residents.listInStreets(streets, 0, 5, "API 列表")).size();

        List<AuditRecord> reads = work.call(A, "it-admin", () -> audit.reads(ReadQuery.byActor(reader), 0, 10));
        assertEquals(3, reads.size(), reads.toString());
        assertEquals(AuditAction.LISTED, reads.get(0).action());
        assertEquals(listed, reads.get(0).rows());
        assertEquals(Math.min(5, inStreet), listed);
        assertEquals(AuditAction.EXPORTED, reads.get(1).action());
        assertEquals(inStreet, exported);
        assertEquals(inStreet, reads.get(1).rows());
        assertEquals("导出 CSV", Said.say(reads.get(1).details(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("Export CSV", Said.say(reads.get(1).details(), Locale.ENGLISH), "a purpose fixed in code, in each reader's language");
        assertEquals(0, reads.get(1).recordId(), "a list is no one record");
        assertEquals(AuditAction.VIEWED, reads.get(2).action());
        assertEquals(id, reads.get(2).recordId());
        assertEquals(ResidentRegistry.AUDIT_KIND, reads.get(2).recordKind());
        assertEquals(0, (long) work.call(B, "it-admin", () -> audit.countReads(ReadQuery.byActor(reader))),
                "the other tenant's reader is not in this tenant's log, and nothing was recorded for the miss");
        assertEquals(List.of(AuditAction.CREATED), work.call(A, "it-admin",
                () -> audit.historyOf(ResidentRegistry.AUDIT_KIND, id)).stream().map(AuditRecord::action).toList(),
                "the record's history keeps its changes, not every opening");
    }

    /** An even id (the probe's cases that exist) no other test of this run uses. */
    private static long evenCaseId() {
        return 2 * ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
    }
}
