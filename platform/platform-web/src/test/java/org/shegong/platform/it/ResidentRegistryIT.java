package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.provisioning.DescriptorWriter;
import org.shegong.platform.application.provisioning.RegionTreeDescriptor;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.InvalidIdNumberException;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentRow;

/** The resident ID number at rest and in search, and edits that race each other. */
@ExtendWith(ArquillianExtension.class)
class ResidentRegistryIT {

    static final TenantId TENANT = TenantId.of("it-residents");
    static final java.util.Set<String> YINGZE = java.util.Set.of(Fixtures.STREET_YINGZE);

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ResidentRegistryIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ResidentRegistry residents;

    @Inject
    DescriptorWriter regionTree;

    @Test
    void idNumberIsCiphertextInTheDatabaseAndPlainThroughJpa() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        long id = as(() -> residents.register(Fixtures.resident("加密测试", idNumber, Fixtures.COMMUNITY_YINGZE)).getId());

        String stored = column(id, "id_number");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(idNumber.substring(6, 14)), "the birth date must not show in the column");
        String index = column(id, "id_number_index");
        assertEquals(64, index.length());
        assertFalse(index.contains(idNumber));

        Resident read = as(() -> residents.find(id).orElseThrow());
        assertEquals(IdNumber.of(idNumber), read.getIdNumber());
        assertEquals(IdNumber.of(idNumber).birthDate(), read.getBirthDate());
        assertEquals(id, as(() -> residents.findByIdNumber(idNumber).orElseThrow().getId()));
        assertEquals(id, as(() -> residents.findByIdNumber(idNumber.toLowerCase()).orElseThrow().getId()));
        assertTrue(as(() -> residents.findByIdNumber(Fixtures.freshIdNumber())).isEmpty());
    }

    @Test
    void anotherTenantCannotFindTheSameIdNumber() {
        String idNumber = Fixtures.freshIdNumber();
        as(() -> residents.register(Fixtures.resident("仅本运营方", idNumber, Fixtures.COMMUNITY_YINGZE)));
        assertTrue(work.call(TenantId.of("it-residents-other"), "it-user",
                () -> residents.findByIdNumber(idNumber)).isEmpty());
    }

    @Test
    void aWrongCheckDigitIsRefusedAndNothingIsWritten() throws Exception {
        String valid = Fixtures.freshIdNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        String invalid = valid.substring(0, 17) + wrong;
        long before = Fixtures.countRows("resident");
        var e = assertThrows(InvalidIdNumberException.class,
                () -> as(() -> residents.register(Fixtures.resident("校验位错误", invalid, Fixtures.COMMUNITY_YINGZE))));
        assertTrue(e.getMessage().contains("校验位"), e.getMessage());
        assertEquals(before, Fixtures.countRows("resident"));
    }

    @Test
    void aDuplicateIdNumberIsRefused() {
        String idNumber = Fixtures.freshIdNumber();
        as(() -> residents.register(Fixtures.resident("第一次", idNumber, Fixtures.COMMUNITY_YINGZE)));
        var e = assertThrows(IllegalArgumentException.class,
                () -> as(() -> residents.register(Fixtures.resident("第二次", idNumber, Fixtures.COMMUNITY_YINGZE))));
        assertTrue(e.getMessage().contains("不能在此登记"), e.getMessage());
    }

    @Test
    void anEditOfAStaleCopyIsAConflictAndOverwritesNothing() {
        long id = as(() -> residents.register(Fixtures.resident("原名", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        long readByBoth = as(() -> residents.find(id).orElseThrow().getVersion());

        as(() -> residents.updateInStreets(id, readByBoth, Fixtures.resident("第一人修改", null, Fixtures.COMMUNITY_YINGZE), YINGZE));
        var e = assertThrows(ConcurrentChangeException.class, () -> as(() ->
                residents.updateInStreets(id, readByBoth, Fixtures.resident("第二人修改", null, Fixtures.COMMUNITY_YINGZE), YINGZE)));
        assertTrue(e.getMessage().contains("已被他人修改"), e.getMessage());

        Resident now = as(() -> residents.find(id).orElseThrow());
        assertEquals("第一人修改", now.getName());
        assertEquals(readByBoth + 1, now.getVersion());
        assertEquals("it-user", now.getUpdatedBy());
    }

    @Test
    void twoEditsAtTheSameMomentLetExactlyOneWin() throws Exception {
        long id = as(() -> residents.register(Fixtures.resident("同时编辑", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<String>> editors = new ArrayList<>();
        for (String name : List.of("编辑甲", "编辑乙")) {
            editors.add(threads.submit(() -> work.call(TENANT, name, () -> {
                long version = residents.find(id).orElseThrow().getVersion();
                bothHaveRead.await(30, TimeUnit.SECONDS);
                residents.updateInStreets(id, version, Fixtures.resident(name, null, Fixtures.COMMUNITY_YINGZE), YINGZE);
                return name;
            })));
        }
        List<String> winners = new ArrayList<>();
        int conflicts = 0;
        for (Future<String> editor : editors) {
            try {
                winners.add(editor.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof ConcurrentChangeException, String.valueOf(e.getCause()));
                conflicts++;
            }
        }
        assertEquals(1, winners.size(), "exactly one edit wins");
        assertEquals(1, conflicts, "the other sees a conflict");
        assertEquals(winners.get(0), as(() -> residents.find(id).orElseThrow().getName()));
    }

    /**
     * The registration date (建档日期) as the residents form sends it: a ledger's earlier day is kept; an
     * edit that leaves it empty is refused with the reason and erases nothing, as is a day to come or
     * before 2000; a corrected one is in the resident's history.
     */
    @Test
    void theRegistrationDateIsKeptRequiredAndNeverInTheFuture() throws Exception {
        java.time.LocalDate ledger = java.time.LocalDate.of(2023, 4, 5);
        var typed = Fixtures.resident("建档表单", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE, ledger);
        long id = as(() -> residents.register(typed).getId());
        assertEquals(ledger, as(() -> residents.find(id).orElseThrow().getRegisteredOn()));
        assertEquals("2023-04-05", column(id, "registered_on"));

        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        java.util.Map<java.time.LocalDate, String> refused = new java.util.LinkedHashMap<>();
        refused.put(null, "请填写建档日期");
        refused.put(tomorrow, "建档日期 " + tomorrow + " 不在 2000-01-01 至今天之间");
        refused.put(java.time.LocalDate.of(1999, 12, 31), "建档日期 1999-12-31 不在 2000-01-01 至今天之间");
        for (var bad : refused.entrySet()) {
            long version = as(() -> residents.find(id).orElseThrow().getVersion());
            var e = assertThrows(IllegalArgumentException.class, () -> as(() -> residents.updateInStreets(id, version,
                    Fixtures.resident("建档表单改", null, Fixtures.COMMUNITY_YINGZE, bad.getKey()), YINGZE)));
            assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
            Resident kept = as(() -> residents.find(id).orElseThrow());
            assertEquals(ledger, kept.getRegisteredOn(), "refused, nothing erased: " + bad.getKey());
            assertEquals("建档表单", kept.getName(), "nothing else written either");
        }
        var fresh = assertThrows(IllegalArgumentException.class, () -> as(() -> residents.register(
                Fixtures.resident("建档无日期", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE, null))));
        assertTrue(fresh.getMessage().contains("请填写建档日期"), fresh.getMessage());

        long version = as(() -> residents.find(id).orElseThrow().getVersion());
        as(() -> residents.updateInStreets(id, version, Fixtures.resident("建档表单", null, Fixtures.COMMUNITY_YINGZE,
                java.time.LocalDate.of(2022, 1, 31)), YINGZE));
        assertEquals(java.time.LocalDate.of(2022, 1, 31), as(() -> residents.find(id).orElseThrow().getRegisteredOn()));
        String changes = as(() -> residents.history(id).get(0).details());
        assertTrue(changes.contains("2023-04-05") && changes.contains("2022-01-31"), changes);
    }

    @Test
    void auditColumnsNameWhoCreatedAndChanged() {
        long id = work.call(TENANT, "creator", () -> residents.register(
                Fixtures.resident("审计", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        long version = as(() -> residents.find(id).orElseThrow().getVersion());
        work.call(TENANT, "changer", () -> residents.updateInStreets(id, version, Fixtures.resident("审计改", null, Fixtures.COMMUNITY_YINGZE), YINGZE));
        Resident r = as(() -> residents.find(id).orElseThrow());
        assertEquals("creator", r.getCreatedBy());
        assertEquals("changer", r.getUpdatedBy());
        assertNotNull(r.getCreatedAt());
        assertFalse(r.getUpdatedAt().isBefore(r.getCreatedAt()));
    }

    /**
     * The list's community names come from the platform-wide names in memory (RegionNames): a
     * community created after they were read shows its name, and a renamed one its new name once the
     * region tree is applied. Two tenants, each sees only its own resident.
     */
    @Test
    void theListShowsACommunitysCurrentNameForEachTenant() {
        TenantId other = TenantId.of("it-residents-other");
        String code = Fixtures.STREET_YINGZE.substring(0, 9) + (500 + new java.util.Random().nextInt(500));
        regionTree.applyRegionTree(community(code, "列表社区甲"));
        String mine = "列表名" + code;
        String theirs = "他方名" + code;
        as(() -> residents.register(Fixtures.resident(mine, Fixtures.freshIdNumber(), code)));
        work.call(other, "it-user", () -> residents.register(Fixtures.resident(theirs, Fixtures.freshIdNumber(), code)));
        var search = new ResidentSearch(YINGZE, null, null, null, code, null, "name", true);

        var rows = as(() -> residents.searchRows(search, 0, 20));
        assertEquals(List.of(mine), rows.stream().map(ResidentRow::name).toList());
        assertEquals("列表社区甲", rows.get(0).communityName());

        regionTree.applyRegionTree(community(code, "列表社区乙"));
        rows = as(() -> residents.searchRows(search, 0, 20));
        assertEquals(List.of(mine), rows.stream().map(ResidentRow::name).toList());
        assertEquals("列表社区乙", rows.get(0).communityName());
        var theirRows = work.call(other, "it-user", () -> residents.searchRows(search, 0, 20));
        assertEquals(List.of(theirs), theirRows.stream().map(ResidentRow::name).toList());
        assertEquals("列表社区乙", theirRows.get(0).communityName());
    }

    private static RegionTreeDescriptor community(String code, String name) {
        return new RegionTreeDescriptor("it-region-names",
                List.of(new RegionTreeDescriptor.RegionSpec(code, name, RegionLevel.COMMUNITY, Fixtures.STREET_YINGZE)), List.of());
    }

    private static String column(long id, String column) throws Exception {
        try (Connection c = Fixtures.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select " + column + " from resident where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private <T> T as(Callable<T> call) {
        return work.call(TENANT, "it-user", call);
    }
}
