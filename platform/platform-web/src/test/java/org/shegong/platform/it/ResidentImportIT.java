package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.audit.RecordHistory;
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

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    @Inject
    TenantWork work;

    @Inject
    ResidentImport residentImport;

    @Inject
    ResidentWorkbook workbook;

    @Inject
    ResidentRegistry registry;

    @Inject
    RecordHistory history;

    /** An ID number with a right check digit for a birth date in 2030. */
    static final String BORN_IN_2030 = "14010620300512124" + org.shegong.platform.domain.model.resident.IdNumber.checkCharFor("14010620300512124");

    @Test
    void allOrNothingWithFourBadRowsNamesEachAndWritesNothing() throws Exception {
        String good1 = Fixtures.freshIdNumber();
        String good2 = Fixtures.freshIdNumber();
        String badDigit = flipCheckDigit(Fixtures.freshIdNumber());
        byte[] file = sheet(
                row("导入甲", good1, "13900000001", "五一东街社区", "老年人、低保"),
                row("", Fixtures.freshIdNumber(), "", "双塔南路社区", ""),
                row("导入乙", badDigit, "", "五一东街社区", ""),
                row("导入丙", good2, "", "柳巷南社区", ""),
                row("导入丁", "", "", Fixtures.COMMUNITY_YINGZE, "儿童"),
                row("导入戊", BORN_IN_2030, "", "五一东街社区", ""));
        long before = rowsOfTenant(A);

        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(6, check.rows().size());
        assertEquals(List.of(3, 4, 5, 7), check.invalid().stream().map(ImportRow::rowNumber).toList(), check.toString());
        assertTrue(check.invalid().get(0).errorText(ZH).contains("姓名不能为空"), check.invalid().get(0).errorText(ZH));
        assertTrue(check.invalid().get(1).errorText(ZH).contains("校验位"), check.invalid().get(1).errorText(ZH));
        assertTrue(check.invalid().get(2).errorText(ZH).contains("不在您的社工站范围内"), "柳巷 is not my station");
        assertTrue(check.invalid().get(3).errorText(ZH).contains("出生日期 2030-05-12 不在 1900 年至今天之间"),
                "a birth date to come inside an ID number whose check digit is right: " + check.invalid().get(3).errorText(ZH));
        // an English reader reads each row's reason in English only, a nested refusal (the check digit's) too
        String english = check.invalid().get(1).errorText(Locale.ENGLISH);
        assertTrue(english.startsWith("ID number: ") && english.length() > 20 && !HAN.matcher(english).find(), english);
        assertTrue(!HAN.matcher(check.invalid().get(0).errorText(Locale.ENGLISH)).find(), check.invalid().get(0).errorText(Locale.ENGLISH));

        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        assertTrue(refused.getMessage().contains("4 行有错误"), refused.getMessage());
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

    /** A 1960-born person was imported as 低保、儿童: the row is refused with the birth date (from the ID number) and age. */
    @Test
    void aCategoryTheBirthDateContradictsIsTheRowsReason() throws Exception {
        String born1960 = "14010619600301123";
        born1960 += org.shegong.platform.domain.model.resident.IdNumber.checkCharFor(born1960);
        byte[] file = sheet(row("导入龄甲", born1960, "", "五一东街社区", "低保、儿童"),
                row("导入龄乙", Fixtures.freshIdNumber(), "", "五一东街社区", "老年人、低保"));
        long before = rowsOfTenant(A);
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(2), check.invalid().stream().map(ImportRow::rowNumber).toList(), check.toString());
        ImportRow refused = check.invalid().get(0);
        assertTrue(refused.errorText(ZH).contains("出生日期 1960-03-01，已 " + Fixtures.ageToday(java.time.LocalDate.of(1960, 3, 1)) + " 岁：“儿童”只用于未满 18 周岁的人"),
                refused.errorText(ZH));
        assertFalse(HAN.matcher(refused.errorText(Locale.ENGLISH)).find(), refused.errorText(Locale.ENGLISH));
        assertThrows(ImportRefusedException.class, () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        assertEquals(before, rowsOfTenant(A), "all or nothing: nothing written");
    }

    /**
     * The optional 建档日期 column: text as 2024-03-02 or 2024/3/2, or an Excel date cell, is the
     * registration date; empty is the day of the import; a garbled one, one to come or one before 2000
     * refuses its row with the reason — and all or nothing writes nothing.
     */
    @Test
    void theRegistrationDateColumnGoodBadAndEmpty() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String[] ids = {Fixtures.freshIdNumber(), Fixtures.freshIdNumber(), Fixtures.freshIdNumber(), Fixtures.freshIdNumber(),
            Fixtures.freshIdNumber(), Fixtures.freshIdNumber(), Fixtures.freshIdNumber()};
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            cells(sheet, 0, "姓名*", "身份证号", "社区*", "建档日期");
            cells(sheet, 1, "建档甲", ids[0], "五一东街社区", "2024-03-02");
            cells(sheet, 2, "建档乙", ids[1], "五一东街社区", "2023/5/7");
            Row dateCell = cells(sheet, 3, "建档丙", ids[2], "五一东街社区", "");
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var cell = dateCell.createCell(3);
            cell.setCellValue(java.time.LocalDate.of(2022, 11, 30));
            cell.setCellStyle(style);
            cells(sheet, 4, "建档丁", ids[3], "五一东街社区", "");
            cells(sheet, 5, "建档戊", ids[4], "五一东街社区", "去年春天");
            cells(sheet, 6, "建档己", ids[5], "五一东街社区", today.plusDays(1).toString());
            cells(sheet, 7, "建档庚", ids[6], "五一东街社区", "1999-12-31");
            book.write(out);
            file = out.toByteArray();
        }
        long before = rowsOfTenant(A);
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(6, 7, 8), check.invalid().stream().map(ImportRow::rowNumber).toList(), check.toString());
        assertTrue(errorsOf(check, 6).contains("建档日期“去年春天”无法识别"), errorsOf(check, 6));
        assertTrue(errorsOf(check, 7).contains("建档日期 " + today.plusDays(1) + " 不在 2000-01-01 至今天之间"), errorsOf(check, 7));
        assertTrue(errorsOf(check, 8).contains("建档日期 1999-12-31 不在"), errorsOf(check, 8));
        // in English, only the file's own words (a typed "去年春天") stay as written
        assertFalse(HAN.matcher(check.invalid().get(1).errorText(Locale.ENGLISH)).find(), check.invalid().get(1).errorText(Locale.ENGLISH));
        assertTrue(check.invalid().get(0).errorText(Locale.ENGLISH).startsWith("Unreadable registration date \"去年春天\""),
                check.invalid().get(0).errorText(Locale.ENGLISH));
        assertThrows(ImportRefusedException.class, () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        assertEquals(before, rowsOfTenant(A), "all or nothing: nothing written");

        assertEquals(4, (int) as(A, () -> residentImport.apply(check, ImportMode.VALID_ROWS_ONLY, n -> { })));
        assertEquals(java.time.LocalDate.of(2024, 3, 2), as(A, () -> registry.findByIdNumber(ids[0]).orElseThrow().getRegisteredOn()));
        assertEquals(java.time.LocalDate.of(2023, 5, 7), as(A, () -> registry.findByIdNumber(ids[1]).orElseThrow().getRegisteredOn()));
        assertEquals(java.time.LocalDate.of(2022, 11, 30), as(A, () -> registry.findByIdNumber(ids[2]).orElseThrow().getRegisteredOn()),
                "an Excel date cell");
        assertEquals(today, as(A, () -> registry.findByIdNumber(ids[3]).orElseThrow().getRegisteredOn()), "empty: the import's day");
        // the batched write put the column itself (not a default of the database)
        assertEquals(1, Fixtures.countRows("resident where tenant_id = '" + A.value() + "' and name = '建档甲'"
                + " and registered_on = '2024-03-02'"));
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
        assertTrue(inA.invalid().get(0).errorText(ZH).contains("与第 2 行重复"), inA.invalid().get(0).errorText(ZH));
        assertTrue(inA.invalid().get(1).errorText(ZH).contains("不能在此登记"), inA.invalid().get(1).errorText(ZH));

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

    /**
     * A roster as people really fill it in (issue 16): synonyms for headers, a number cell for an
     * ID number, a formula, merged community cells, a hidden row, full-width digits, a non-breaking
     * space, digit groups, "+86", a 15-digit ID, people without ID number twice, a formula without
     * result, a column and a sheet the import does not read. Each row's outcome is exact, and what
     * is stored is what was typed, made regular as the check showed.
     */
    @Test
    void aDirtyRosterIsCheckedRowByRowAndStoresOnlyWhatWasTyped() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String id1 = Fixtures.freshIdNumber();
        String id2 = allDigits(); // typed into a number cell, which an X cannot be
        String id3 = Fixtures.freshIdNumber();
        String id4 = Fixtures.freshIdNumber();
        String id5 = Fixtures.freshIdNumber();
        String id6 = bornIn1900s();
        String fifteen = id6.substring(0, 6) + id6.substring(8, 17);
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            cells(sheet, 0, "姓名", "身份证号码", "联系电话", "所属社区", "出生日期", "性别", "备注");
            cells(sheet, 1, "甲" + run, id1, "139 0000 0001", "五一东街社区", "", "", "独居");
            cells(sheet, 2, "乙" + run).createCell(1).setCellValue(Double.parseDouble(id2));
            Row formula = cells(sheet, 3, "丙" + run, "", "+86 13900000003", "五一东街社区");
            formula.createCell(1).setCellFormula("TRIM(\" " + id3 + " \")");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula.getCell(1));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
            cells(sheet, 4, "丁" + run, fullWidth(id4), fullWidth("13900000004"), "五一东街社区").setZeroHeight(true);
            cells(sheet, 5, "戊" + run + "\u00A0", id5.substring(0, 6) + " " + id5.substring(6, 14) + " " + id5.substring(14), "",
                    "五一东街社区");
            cells(sheet, 6, "己" + run, fifteen, "", "五一东街社区");
            cells(sheet, 7, "庚" + run, "", "", "五一东街社区", "1950-03-02", "女");
            cells(sheet, 8, "庚" + run, "", "", "五一东街社区", "1950-03-02", "女");
            cells(sheet, 9, "", "", "", "五一东街社区").createCell(0).setCellFormula("CONCATENATE(\"辛\",\"九\")");
            cells(sheet, 10, "壬" + run, "140106501301001", "", "五一东街社区");
            cells(book.createSheet("补充"), 0, "癸" + run, "", "", "五一东街社区");
            book.write(out);
            file = out.toByteArray();
        }

        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11), check.rows().stream().map(ImportRow::rowNumber).toList());
        assertEquals(List.of(3, 10, 11), check.invalid().stream().map(ImportRow::rowNumber).toList(), check.toString());
        String numberCell = errorsOf(check, 3);
        assertTrue(numberCell.contains("请把身份证号列设为文本后重新填写") && numberCell.contains("模板"), numberCell);
        assertTrue(!numberCell.contains("校验位") && !numberCell.contains("出生日期无效") && !numberCell.contains("社区"),
                "the real cause only (the merged community counts): " + numberCell);
        assertTrue(errorsOf(check, 10).contains("公式没有保存计算结果"), errorsOf(check, 10));
        assertTrue(errorsOf(check, 11).contains("15位旧身份证号无法转换"), errorsOf(check, 11));
        assertTrue(notesOf(check, 2).contains("13900000001"), notesOf(check, 2));
        assertTrue(notesOf(check, 4).contains("13900000003"), notesOf(check, 4));
        assertTrue(notesOf(check, 5).contains("隐藏") && notesOf(check, 5).contains("半角"), notesOf(check, 5));
        assertTrue(notesOf(check, 6).contains("姓名") && notesOf(check, 6).contains("身份证号"), notesOf(check, 6));
        assertTrue(notesOf(check, 7).contains("15位旧号码") && notesOf(check, 7).contains(id6), notesOf(check, 7));
        assertEquals("", notesOf(check, 8));
        assertTrue(notesOf(check, 9).contains("与第 8 行可能是同一人"), notesOf(check, 9));
        String unread = String.join("\n", Reasons.texts(check.unread(), ZH));
        String unreadInEnglish = String.join("\n", Reasons.texts(check.unread(), Locale.ENGLISH));
        assertTrue(unreadInEnglish.contains("was not read") && !unreadInEnglish.contains("未读取"), unreadInEnglish);
        assertTrue(unread.contains("“备注”未读取") && unread.contains("工作表“补充”"), unread);

        assertEquals(7, (int) as(A, () -> residentImport.apply(check, ImportMode.VALID_ROWS_ONLY, n -> { })));
        var first = as(A, () -> registry.findByIdNumber(id1).orElseThrow());
        assertEquals("甲" + run, first.getName());
        assertEquals("13900000001", first.getPhone());
        assertEquals(Fixtures.COMMUNITY_YINGZE, first.getCommunity().getCode());
        assertEquals("丙" + run, as(A, () -> registry.findByIdNumber(id3).orElseThrow()).getName());
        assertEquals("13900000003", as(A, () -> registry.findByIdNumber(id3).orElseThrow()).getPhone());
        assertEquals("13900000004", as(A, () -> registry.findByIdNumber(id4).orElseThrow()).getPhone());
        assertEquals("戊" + run, as(A, () -> registry.findByIdNumber(id5).orElseThrow()).getName());
        assertEquals("己" + run, as(A, () -> registry.findByIdNumber(id6).orElseThrow()).getName());
        assertTrue(as(A, () -> registry.findByIdNumber(id2)).isEmpty(), "the number-cell ID number stored nothing");
        assertEquals(0, rowsNamed(A, "乙" + run));
        assertEquals(2, rowsNamed(A, "庚" + run));
        assertEquals(2, Fixtures.countRows("resident where tenant_id = '" + A.value() + "' and name = '庚" + run
                + "' and birth_date = '1950-03-02' and gender = 'FEMALE'"));

        ImportCheck inB = as(B, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(List.of(3, 10, 11), inB.invalid().stream().map(ImportRow::rowNumber).toList(),
                "tenant A's import is invisible to tenant B: " + inB);
        assertEquals(0, rowsNamed(B, "甲" + run));
    }

    /**
     * The batched write (issue 14, figure 5): a 1,000-row file is checked and written in a bounded
     * number of statements — before, each row cost a look-up while checking and five round trips
     * while writing (2,000 SELECTs and 2,000 INSERTs and more for this file).
     */
    @Test
    void aThousandRowsAreCheckedAndWrittenInAFewStatements() throws Exception {
        String run = "千" + Long.toString(System.nanoTime() % 1_000_000, 36);
        byte[] file = sheet(rows(run, 1_000));
        long importEntries = importEntriesOf(A);
        long[] before = statements();
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        long[] checked = statements();
        assertTrue(check.isClean(), check.toString());
        AtomicInteger progress = new AtomicInteger();
        assertEquals(1_000, (int) as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, progress::set)));
        long[] written = statements();
        assertEquals(1_000, progress.get());
        assertEquals(1_000, Fixtures.countRows("resident where tenant_id = '" + A.value() + "' and name like '" + run + "%'"));
        // generous bounds (other work of the server counts too); the per-row path needed thousands
        assertTrue(checked[1] - before[1] < 60, "SELECTs while checking 1,000 rows: " + (checked[1] - before[1]));
        assertTrue(written[0] - checked[0] < 30, "INSERTs while writing 1,000 rows: " + (written[0] - checked[0]));
        assertTrue(written[1] - checked[1] < 60, "SELECTs while writing 1,000 rows: " + (written[1] - checked[1]));
        // each imported resident's history says it came from the import, and which row
        long id = as(A, () -> registry.findByIdNumber(idNumberOf(file, 500)).orElseThrow().getId());
        var history = as(A, () -> registry.history(id));
        assertEquals(1, history.size(), history.toString());
        assertEquals("IMPORTED", history.get(0).action().code());
        String said = org.shegong.platform.api.audit.Said.say(history.get(0).details(), ZH);
        assertTrue(said.contains("从 Excel 导入登记（第 502 行）") && said.contains(run), said);
        assertEquals("it-importer", history.get(0).actor());
        // ... from one history entry for the whole file (its row count), not one per resident
        assertEquals(importEntries + 1, importEntriesOf(A));
        assertEquals(1, Fixtures.countRows("audit_entry e join resident r on r.imported_in = e.id where r.id = " + id
                + " and r.imported_row = 502 and e.tenant_id = '" + A.value() + "' and e.action = 'IMPORTED'"
                + " and e.record_id = 0 and e.row_count = 1000"));
        // once changed, the import's line no longer lists today's values as the imported ones
        long version = as(A, () -> registry.find(id).orElseThrow().getVersion());
        as(A, () -> registry.updateInStreets(id, version, Fixtures.resident("改" + run, null, Fixtures.COMMUNITY_YINGZE), YINGZE));
        var changed = as(A, () -> registry.history(id));
        assertEquals(List.of("CHANGED", "IMPORTED"), changed.stream().map(e -> e.action().code()).toList());
        String saidNow = org.shegong.platform.api.audit.Said.say(changed.get(1).details(), ZH);
        assertTrue(saidNow.contains("第 502 行") && saidNow.contains("更改前的值") && !saidNow.contains("改" + run), saidNow);
    }

    private static long importEntriesOf(TenantId tenant) throws Exception {
        return Fixtures.countRows("audit_entry where tenant_id = '" + tenant.value() + "' and action = 'IMPORTED'");
    }

    /** The same rows imported by two tenants: each gets its own residents, stamped with its own tenant, invisible to the other. */
    @Test
    void twoTenantsImportingTheSameRowsEachGetTheirOwn() throws Exception {
        String run = "两" + Long.toString(System.nanoTime() % 1_000_000, 36);
        byte[] file = sheet(rows(run, 600));
        ImportCheck inA = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertEquals(600, (int) as(A, () -> residentImport.apply(inA, ImportMode.ALL_OR_NOTHING, n -> { })));
        ImportCheck inB = as(B, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertTrue(inB.isClean(), "A's residents are not B's duplicates: " + inB);
        assertEquals(600, (int) as(B, () -> residentImport.apply(inB, ImportMode.VALID_ROWS_ONLY, n -> { })));

        assertEquals(600, rowsLike(A, run));
        assertEquals(600, rowsLike(B, run));
        long inAId = as(A, () -> registry.findByIdNumber(idNumberOf(file, 599)).orElseThrow().getId());
        long inBId = as(B, () -> registry.findByIdNumber(idNumberOf(file, 599)).orElseThrow().getId());
        assertTrue(inAId != inBId);
        assertEquals(1, Fixtures.countRows("resident where id = " + inAId + " and tenant_id = '" + A.value() + "'"));
        // each resident points to its own tenant's import entry, and shows it as its history
        assertEquals(1, Fixtures.countRows("audit_entry e join resident r on r.imported_in = e.id where r.id = " + inBId
                + " and r.tenant_id = '" + B.value() + "' and e.tenant_id = '" + B.value() + "' and e.action = 'IMPORTED'"
                + " and e.row_count = 600"));
        assertEquals(List.of("IMPORTED"), as(B, () -> registry.history(inBId)).stream().map(e -> e.action().code()).toList());
        assertTrue(as(B, () -> registry.find(inAId)).isEmpty(), "A's imported resident is not found as B");
        assertTrue(as(B, () -> registry.history(inAId)).isEmpty(), "nor its history");
        long entryOfA = as(A, () -> registry.find(inAId).orElseThrow().getImportedIn());
        assertTrue(as(A, () -> history.entry(entryOfA)).isPresent());
        assertTrue(as(B, () -> history.entry(entryOfA)).isEmpty(), "nor A's import entry");
    }

    /** A conflict in the second thousand rows rolls back the first thousand, already sent to the database. */
    @Test
    void allOrNothingStaysAllOrNothingAcrossChunks() throws Exception {
        String run = "全" + Long.toString(System.nanoTime() % 1_000_000, 36);
        byte[] file = sheet(rows(run, 1_500));
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertTrue(check.isClean());
        as(A, () -> registry.register(Fixtures.resident("抢先" + run, idNumberOf(file, 1_200), Fixtures.COMMUNITY_YINGZE)));

        long importEntries = importEntriesOf(A);
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.apply(check, ImportMode.VALID_ROWS_ONLY, n -> { })));
        assertTrue(refused.getMessage().contains("第 1202 行"), refused.getMessage());
        assertEquals(0, rowsLike(A, run + "-"), "not one of the 1,500 rows was kept");
        assertEquals(importEntries, importEntriesOf(A), "nor the import's history entry");
    }

    /**
     * A number someone registers while the file is being written (their transaction not yet committed
     * when the write begins, committed while the write's INSERT waits on that number) refuses the whole
     * file, names the row and says it changed since the check, as for a number registered before the
     * write began; nothing of the file is kept. The same number registered meanwhile in another tenant
     * is no conflict: the file is written.
     */
    @Test
    void aNumberRegisteredWhileTheFileIsWrittenRefusesItButNotOneOfAnotherTenant() throws Exception {
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        String run = "抢" + Long.toString(System.nanoTime() % 1_000_000, 36);
        byte[] file = sheet(rows(run, 20));
        ImportCheck check = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(file)), YINGZE));
        assertTrue(check.isClean(), check.toString());
        CountDownLatch registered = new CountDownLatch(1);
        // the rival commits as soon as the import's INSERT waits on its uncommitted row
        Future<Long> rival = threads.submit(() -> registerAndHold(A, "抢先" + run, idNumberOf(file, 10), registered,
                ResidentImportIT::aTransactionWaitsOnALock));
        assertTrue(registered.await(60, TimeUnit.SECONDS));
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> as(A, () -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, n -> { })));
        // the rival's number is the file's 11th person, on row 12 (row 1 is the header)
        assertTrue(refused.getMessage().contains("第 12 行") && refused.getMessage().contains("检查后有变化"), refused.getMessage());
        long rivalId = rival.get(60, TimeUnit.SECONDS);
        assertEquals(0, rowsLike(A, run + "-"), "nothing of the file was kept");
        assertEquals(1, Fixtures.countRows("resident where id = " + rivalId + " and tenant_id = '" + A.value() + "'"));

        // the same in tenant B while A writes its file: a number of B's is not A's
        String other = "抢" + Long.toString(System.nanoTime() % 1_000_000, 36);
        byte[] second = sheet(rows(other, 20));
        ImportCheck secondCheck = as(A, () -> residentImport.check(workbook.read(new ByteArrayInputStream(second)), YINGZE));
        assertTrue(secondCheck.isClean(), secondCheck.toString());
        CountDownLatch registeredInB = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Future<Long> inB = threads.submit(() -> registerAndHold(B, "乙方" + other, idNumberOf(second, 10), registeredInB,
                () -> written.await(20, TimeUnit.SECONDS)));
        assertTrue(registeredInB.await(60, TimeUnit.SECONDS));
        try {
            assertEquals(20, (int) as(A, () -> residentImport.apply(secondCheck, ImportMode.ALL_OR_NOTHING, n -> { })));
        } finally {
            written.countDown();
        }
        long inBId = inB.get(60, TimeUnit.SECONDS);
        assertEquals(20, rowsLike(A, other + "-"));
        assertEquals(1, Fixtures.countRows("resident where id = " + inBId + " and tenant_id = '" + B.value() + "'"));
    }

    /** Registers a resident as {@code tenant} in a transaction kept open until {@code until} returns, then committed. */
    private long registerAndHold(TenantId tenant, String name, String idNumber, CountDownLatch registered,
                                 java.util.concurrent.Callable<?> until) {
        return work.call(tenant, "it-rival", () -> {
            UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
            tx.begin();
            try {
                long id = registry.register(Fixtures.resident(name, idNumber, Fixtures.COMMUNITY_YINGZE)).getId();
                registered.countDown();
                until.call();
                tx.commit();
                return id;
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
        });
    }

    /** Waits (up to a minute) until some transaction of the database waits on a row lock. */
    private static boolean aTransactionWaitsOnALock() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Fixtures.countRows("information_schema.INNODB_TRX where trx_state = 'LOCK WAIT'") > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** {@code n} valid rows of people named {@code run-<i>}, all in my street. */
    private static String[][] rows(String run, int n) {
        String[][] rows = new String[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = row(run + "-" + i, Fixtures.freshIdNumber(), "139" + String.format("%08d", i), "五一东街社区", "老年人");
        }
        return rows;
    }

    /** The ID number typed in data row {@code i} (0-based) of a file made by {@link #sheet}. */
    private static String idNumberOf(byte[] file, int i) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return book.getSheetAt(0).getRow(i + 1).getCell(1).getStringCellValue();
        }
    }

    /** INSERT and SELECT statements the database has run so far (every session). */
    private static long[] statements() throws Exception {
        long[] counts = new long[2];
        try (var c = Fixtures.dataSource().getConnection(); var r = c.createStatement()
                .executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_insert', 'Com_select')")) {
            while (r.next()) {
                counts[r.getString(1).equalsIgnoreCase("Com_insert") ? 0 : 1] = r.getLong(2);
            }
        }
        return counts;
    }

    private static long rowsLike(TenantId tenant, String prefix) throws Exception {
        return Fixtures.countRows("resident where tenant_id = '" + tenant.value() + "' and name like '" + prefix + "%'");
    }

    /** A fresh ID number of someone born in the 1900s: only they had 15-digit cards. */
    /** A fresh number whose check digit is not X (about one in eleven is), so it can be a number cell. */
    private static String allDigits() {
        String id = Fixtures.freshIdNumber();
        while (id.endsWith("X")) {
            id = Fixtures.freshIdNumber();
        }
        return id;
    }

    private static String bornIn1900s() {
        String id = Fixtures.freshIdNumber();
        while (!id.startsWith("19", 6)) {
            id = Fixtures.freshIdNumber();
        }
        return id;
    }

    private static String errorsOf(ImportCheck check, int row) {
        return check.rows().stream().filter(r -> r.rowNumber() == row).findFirst().orElseThrow().errorText(ZH);
    }

    private static String notesOf(ImportCheck check, int row) {
        return check.rows().stream().filter(r -> r.rowNumber() == row).findFirst().orElseThrow().noteText(ZH);
    }

    private static Row cells(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static String fullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c == 'X' ? '\uFF38' : (char) c));
        return s.toString();
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
