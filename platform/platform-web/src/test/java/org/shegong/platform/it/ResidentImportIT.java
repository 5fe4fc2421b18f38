package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.imports.ImportCheck;
import org.shegong.platform.application.residents.imports.ImportMode;
import org.shegong.platform.application.residents.imports.ImportRefusedException;
import org.shegong.platform.application.residents.imports.ImportRow;
import org.shegong.platform.application.residents.imports.ResidentImport;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.infrastructure.excel.ResidentWorkbook;

/**
 * Importing residents from Excel, with two tenants: every row checked with its reasons; all or
 * nothing writes nothing when a row is bad; valid-only writes exactly the good rows; duplicates are
 * found in the file and in the tenant's register — never in another tenant's; a failure while
 * writing leaves nothing half-written.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentImportIT {

    static final TenantId A = TenantId.of("it-import-a");
    static final TenantId B = TenantId.of("it-import-b");
    static final Set<String> YINGZE = Set.of(Fixtures.STREET_YINGZE);

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ResidentImportIT.class);
    }

    @Inject
    TenantWork work;

    @Inject
    ResidentImport residentImport;

    @Inject
    ResidentWorkbook workbook;

    @Inject
    ResidentRegistry registry;

    @Test
    void allOrNothingWithThreeBadRowsNamesEachAndWritesNothing() throws Exception {
        String good1 = Fixtures.freshIdNumber();
        String good2 = Fixtures.freshIdNumber();
        String badDigit = flipCheckDigit(Fixtures.freshIdNumber());
        byte[] file = sheet(
                row("导入甲", good1, "13900000001", "五一东街社区", "老年人、低保"),
                row("", Fixtures.freshIdNumber(), "", "双塔南路社区", ""),
                row("导入乙", badDigit, "", "五一东街社区", ""),
                row("导入丙", good2, "", "柳巷南社区", ""),
                row("导入丁", "", "", Fixtures.COMMUNITY_YINGZE, "儿童"));
        long before = rowsOfTenant(A);

        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(5, check.rows().size());
        assertEquals(List.of(3, 4, 5), check.invalid().stream().map(ImportRow::rowNumber).toList(), check.toString());
        assertTrue(check.invalid().get(0).errorText().contains("姓名不能为空"), check.invalid().get(0).errorText());
        assertTrue(check.invalid().get(1).errorText().contains("校验位"), check.invalid().get(1).errorText());
        assertTrue(check.invalid().get(2).errorText().contains("不在您的社工站范围内"), "柳巷 is not my station");

        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        assertTrue(refused.getMessage().contains("3 行有错误"), refused.getMessage());
        assertEquals(before, rowsOfTenant(A), "all or nothing: nothing written");

        AtomicInteger progress = new AtomicInteger();
        assertEquals(2, (int) as(A, () -> residentImport.apply(check, ImportMode.VALID_ROWS_ONLY, progress::set)));
        assertEquals(2, progress.get(), "progress reported per row written");
        assertEquals(before + 2, rowsOfTenant(A));
        var written = as(A, () -> registry.findByIdNumber(good1).orElseThrow());
        assertEquals("导入甲", written.getName());
        assertEquals("13900000001", written.getPhone());
        assertEquals(2, written.getCategories().size());
        assertEquals(0, rowsNamed(B, "导入甲"), "the other tenant got nothing");
    }

    @Test
    void duplicatesInTheFileAndInTheTenantButNotInAnotherTenant() throws Exception {
        String taken = Fixtures.freshIdNumber();
        as(A, () -> registry.register(Fixtures.resident("已登记", taken, Fixtures.COMMUNITY_YINGZE)));
        String twice = Fixtures.freshIdNumber();
        byte[] file = sheet(
                row("重复一", twice, "", "五一东街社区", ""),
                row("重复二", twice, "", "五一东街社区", ""),
                row("已有", taken, "", "五一东街社区", ""));

        ImportCheck inA = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(3, 4), inA.invalid().stream().map(ImportRow::rowNumber).toList());
        assertTrue(inA.invalid().get(0).errorText().contains("与第 2 行重复"), inA.invalid().get(0).errorText());
        assertTrue(inA.invalid().get(1).errorText().contains("不能在此登记"), inA.invalid().get(1).errorText());

        ImportCheck inB = as(B, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(3), inB.invalid().stream().map(ImportRow::rowNumber).toList(),
                "tenant A's register is invisible to tenant B: " + inB);
    }

    @Test
    void aRowThatFailsWhileWritingLeavesNothingHalfWritten() throws Exception {
        String first = Fixtures.freshIdNumber();
        String raced = Fixtures.freshIdNumber();
        byte[] file = sheet(row("半途一", first, "", "五一东街社区", ""), row("半途二", raced, "", "五一东街社区", ""));
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertTrue(check.isClean());
        // someone registers the second person between the check and the import
        as(A, () -> registry.register(Fixtures.resident("抢先登记", raced, Fixtures.COMMUNITY_YINGZE)));

        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        assertTrue(refused.getMessage().contains("第 3 行"), refused.getMessage());
        assertTrue(as(A, () -> registry.findByIdNumber(first)).isEmpty(), "the first row was rolled back too");
    }

    @Test
    void theTemplateReadsBackAndOtherFilesAreRefusedWithAReason() {
        byte[] template = workbook.template(List.of("五一东街社区"));
        ImportRefusedException empty = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(template)), YINGZE)));
        assertTrue(empty.getMessage().contains("没有数据行"), empty.getMessage());

        ImportRefusedException notXlsx = assertThrows(ImportRefusedException.class,
                () -> workbook.read(new ByteArrayInputStream("姓名,社区\n张三,五一东街社区\n".getBytes())));
        assertTrue(notXlsx.getMessage().contains(".xlsx"), notXlsx.getMessage());
    }

    static String[] row(String... cells) {
        return cells;
    }

    /** A file as a person fills in the template: headers, then rows; ID numbers as text. */
    static byte[] sheet(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            String[] titles = {"姓名*", "身份证号", "电话", "社区*", "类别"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static String flipCheckDigit(String idNumber) {
        return idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
    }

    private <T> T as(TenantId tenant, java.util.concurrent.Callable<T> call) {
        return work.call(tenant, "it-importer", call);
    }

    private static long rowsOfTenant(TenantId tenant) throws Exception {
        return Fixtures.countRows("resident where tenant_id = '" + tenant.value() + "'");
    }

    private static long rowsNamed(TenantId tenant, String name) throws Exception {
        return Fixtures.countRows("resident where tenant_id = '" + tenant.value() + "' and name = '" + name + "'");
    }
}
