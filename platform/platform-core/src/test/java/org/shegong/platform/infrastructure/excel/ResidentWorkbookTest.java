package org.shegong.platform.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Reasons;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shegong.platform.application.residents.imports.ImportFile;
import org.shegong.platform.application.residents.imports.ImportLine;
import org.shegong.platform.application.residents.imports.ImportRefusedException;

/**
 * Reading rosters as people fill them in (the dirty file is built here with POI), and files made to
 * hurt: more rows than the cap, and a small upload that inflates to a gigabyte of XML.
 */
class ResidentWorkbookTest {

    private static final String ID = "11010519491231002X";
    private static final String ID_2 = "140106195003020025";
    private final ResidentWorkbook workbook = new ResidentWorkbook();

    @Test
    void aDirtyRosterIsReadCellByCellAsStoredWithWhatWasNotReadNamed() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            row(sheet, 0, "姓名", "身份证号码", "联系电话", "所属社区", "出生日期", "性别", "备注", "手机", "");
            row(sheet, 1, "张三", ID, "139 1234 5678", "五一东街社区", "", "", "老人独居", "", "");
            Row numeric = row(sheet, 2, "李四", null, "+86 13912345678", "", "", "", "", "", "");
            numeric.createCell(1).setCellValue(140106195003020025d); // typed into a General cell: a number
            Row formula = row(sheet, 3, "王五", null, "", "", "", "", "", "", "");
            formula.createCell(1).setCellFormula("TRIM(\" " + ID_2 + " \")");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula.getCell(1));
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 3, 3)); // 五一东街社区 for rows 2–4
            Row hidden = row(sheet, 4, "赵六", "１１０１０５１９４９１２３１００２Ｘ", "", "五一东街社区", "", "", "", "", "");
            hidden.setZeroHeight(true);
            row(sheet, 5, "导测17\u00A0", "", "", "五一东街社区", "1950-03-02", "女", "", "", "多余");
            Row unevaluated = row(sheet, 6, null, "", "", "五一东街社区", "", "", "", "", "");
            unevaluated.createCell(0).setCellFormula("CONCATENATE(\"吴\",\"九\")"); // saved without a result
            Row dated = row(sheet, 7, "郑十", "", "", "五一东街社区", null, "男", "", "", "");
            dated.createCell(4).setCellValue(LocalDate.of(1948, 10, 1)); // a real date cell: a serial number
            Row phoneNumber = row(sheet, 8, "钱一", "", null, "五一东街社区", "", "", "", "", "");
            phoneNumber.createCell(2).setCellValue(13912345678d); // a phone typed as a number keeps its 11 digits
            row(book.createSheet("第二页"), 0, "孙七", "", "", "五一东街社区");
            row(book.createSheet(ResidentWorkbook.HELP_SHEET), 0, "列", "说明");
            book.write(out);
            file = out.toByteArray();
        }

        ImportFile read = workbook.read(new ByteArrayInputStream(file));
        Map<Integer, ImportLine> rows = read.lines().stream().collect(Collectors.toMap(ImportLine::rowNumber, Function.identity()));
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), read.lines().stream().map(ImportLine::rowNumber).toList());

        assertEquals(ID, rows.get(2).idNumber());
        assertEquals("139 1234 5678", rows.get(2).phone(), "header 联系电话 read as the phone, as typed");
        assertEquals(List.of(), rows.get(2).problems());

        assertEquals("", rows.get(3).idNumber(), "an ID number is never taken from a number cell");
        assertEquals(List.of(Reason.of(ResidentWorkbook.NUMERIC_ID_NUMBER)), rows.get(3).problems());
        assertEquals("五一东街社区", rows.get(3).community(), "the lower cells of a merged range take its value");
        assertEquals("五一东街社区", rows.get(4).community());

        assertEquals(ID_2, rows.get(4).idNumber(), "a formula counts with its cached result");
        assertTrue(rows.get(5).hidden(), "row 5 is hidden in Excel");
        assertEquals("１１０１０５１９４９１２３１００２Ｘ", rows.get(5).idNumber(), "read as typed; the check normalises");
        assertEquals("导测17\u00A0", rows.get(6).name());
        assertEquals("1950-03-02", rows.get(6).birthDate());
        assertEquals("女", rows.get(6).gender());
        assertEquals("import.reason.formulaWithoutResult", rows.get(7).problems().get(0).key(), rows.get(7).problems().toString());
        assertEquals("1948-10-01", rows.get(8).birthDate(), "a date cell is the date it shows");
        assertEquals("13912345678", rows.get(9).phone());

        String unread = read.unread().toString();
        assertTrue(read.unread().contains(Reason.of("import.unread.unknownHeader", "G", "备注", ResidentWorkbook.KNOWN_HEADERS)), unread);
        assertTrue(read.unread().contains(Reason.of("import.unread.repeated", "H", "手机", "C")), unread);
        assertTrue(read.unread().contains(Reason.of("import.unread.noHeader", "I")), unread);
        assertTrue(read.unread().stream().anyMatch(u -> u.key().equals("import.unread.sheet") && u.args().get(0).equals("第二页")),
                unread);
        assertTrue(!unread.contains(ResidentWorkbook.HELP_SHEET), "the template's own help sheet is not data");
        assertEquals(4, read.unread().size(), unread);
    }

    @Test
    void theTemplateNamesEveryColumnItReadsAndReadsBackEmpty() {
        ImportFile read = workbook.read(new ByteArrayInputStream(workbook.template(List.of("五一东街社区"))));
        assertEquals(List.of(), read.lines());
        assertEquals(List.of(), read.unread(), "every header of the template is understood");
    }

    /** The template has the 建档日期 column, explained on its help sheet; a date cell there reads as yyyy-MM-dd, text as typed. */
    @Test
    void theRegistrationDateColumnIsInTheTemplateAndADateCellReadsAsIso() throws Exception {
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(workbook.template(List.of("五一东街社区"))))) {
            Row header = template.getSheetAt(0).getRow(0);
            assertEquals("建档日期", header.getCell(header.getLastCellNum() - 1).getStringCellValue());
            String help = "";
            for (Row row : template.getSheet("填写说明")) {
                if ("建档日期".equals(row.getCell(0).getStringCellValue())) {
                    help = row.getCell(1).getStringCellValue();
                }
            }
            assertTrue(help.contains("2000-01-01") && help.contains("导入当天"), help);
        }
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("社区");
            header.createCell(2).setCellValue("建档日期");
            Row dated = sheet.createRow(1);
            dated.createCell(0).setCellValue("甲");
            dated.createCell(1).setCellValue("五一东街社区");
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            dated.createCell(2).setCellValue(java.time.LocalDate.of(2021, 6, 1));
            dated.getCell(2).setCellStyle(style);
            Row typed = sheet.createRow(2);
            typed.createCell(0).setCellValue("乙");
            typed.createCell(1).setCellValue("五一东街社区");
            typed.createCell(2).setCellValue("2021/6/1");
            book.write(out);
            file = out.toByteArray();
        }
        ImportFile read = workbook.read(new ByteArrayInputStream(file));
        assertEquals(List.of(), read.unread());
        assertEquals("2021-06-01", read.lines().get(0).registeredOn());
        assertEquals("2021/6/1", read.lines().get(1).registeredOn());
    }

    @Test
    void moreRowsThanOneImportTakesAreRefusedWhileReading() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            row(sheet, 0, "姓名", "社区");
            for (int r = 1; r <= 5_001; r++) {
                row(sheet, r, "居民" + r, "五一东街社区");
            }
            book.write(out);
            file = out.toByteArray();
        }
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> workbook.read(new ByteArrayInputStream(file)));
        assertEquals(List.of("5000"), Reasons.refusal(refused).args(), refused.getMessage());
        assertEquals("import.refused.tooManyRows", Reasons.refusal(refused).key());
    }

    @Test
    void aSmallUploadThatInflatesToAGigabyteIsRefusedWithoutFillingTheHeap() throws Exception {
        byte[] bomb = bomb(1L << 30);
        assertTrue(bomb.length < ResidentWorkbook.MAX_UPLOAD_BYTES, "the upload itself is allowed: " + bomb.length);

        List<MemoryPoolMXBean> tenured = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden")).toList();
        System.gc();
        long before = tenured.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        tenured.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();

        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> workbook.read(new ByteArrayInputStream(bomb)));

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long peak = tenured.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertTrue(List.of(ResidentWorkbook.INFLATES_TOO_MUCH, "import.refused.tooManyRows").contains(Reasons.refusal(refused).key()),
                refused.getMessage());
        assertTrue(peak - before < 100L * 1024 * 1024, "retained heap grew by " + (peak - before) / (1024 * 1024) + " MB");
        assertTrue(seconds < 30, "refused after " + seconds + " s");
    }

    /**
     * A genuine one-sheet workbook whose sheet XML is replaced by {@code inflated} bytes of rows
     * (each with a 1,000-character name), deflated as any zip tool would.
     */
    private static byte[] bomb(long inflated) throws Exception {
        byte[] genuine;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            row(book.createSheet("名单"), 0, "姓名", "社区");
            book.write(out);
            genuine = out.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(genuine)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeRows(zip, inflated);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeRows(ZipOutputStream zip, long inflated) throws Exception {
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>社区</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8));
        String name = "甲".repeat(1_000);
        StringBuilder chunk = new StringBuilder();
        while (chunk.length() < 1 << 20) {
            chunk.append("<row><c t=\"inlineStr\"><is><t>").append(name).append("</t></is></c><c t=\"inlineStr\"><is><t>五一东街社区</t></is></c></row>");
        }
        byte[] rows = chunk.toString().getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < inflated; written += rows.length) {
            zip.write(rows);
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellValue(cells[i]);
            }
        }
        return row;
    }
}
