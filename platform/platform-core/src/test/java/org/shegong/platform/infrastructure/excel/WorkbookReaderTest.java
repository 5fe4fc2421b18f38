package org.shegong.platform.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.workbook.WorkbookColumn;
import org.shegong.platform.api.workbook.WorkbookRefusedException;
import org.shegong.platform.api.workbook.WorkbookRow;
import org.shegong.platform.api.workbook.WorkbookRows;
import org.shegong.platform.api.workbook.WorkbookSheet;

/** The general reader a module's import uses: its own columns, the platform's limits and reasons. */
class WorkbookReaderTest {

    private static final List<WorkbookColumn> COLUMNS = List.of(
            new WorkbookColumn("name", "姓名", List.of("学生姓名"), true, false, "不超过50个字"),
            new WorkbookColumn("id", "身份证号", List.of("身份证号码"), true, true, "18位"),
            new WorkbookColumn("phone", "手机", List.of("联系电话"), false, false, ""));
    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void theTemplateReadsBackAndColumnsAreFoundByTheNamesPeopleUse() throws Exception {
        assertTrue(refused(reader.template("名单", COLUMNS), 100).startsWith("import.refused.noRows"), "the template's own headers are recognised");
        byte[] file = book(new String[] {"学生姓名", "身份证号码（18位）", "联系电话", "备注"},
                new Object[] {"张三", "11010519491231002X", 13912345678d, "班长"},
                new Object[] {"", "", "", ""},
                new Object[] {"李四", 140106195003020025d, "", ""});
        WorkbookSheet sheet = reader.read(new ByteArrayInputStream(file), COLUMNS, 100);
        assertEquals(2, sheet.rows().size(), "a blank spacer row is skipped");
        WorkbookRow first = sheet.rows().get(0);
        assertEquals(2, first.number());
        assertEquals("张三", first.value("name"));
        assertEquals("13912345678", first.value("phone"), "a number cell as people see it");
        WorkbookRow numeric = sheet.rows().get(1);
        assertEquals(4, numeric.number(), "rows keep their number in the sheet");
        assertEquals("", numeric.value("id"), "an ID number is never read from a number cell");
        assertEquals(org.shegong.platform.api.records.Reason.of(WorkbookReader.NUMBER_IN_TEXT_COLUMN, "身份证号"), numeric.problems().get(0));
        assertFalse(numeric.isBlank());
        assertTrue(sheet.unread().stream().anyMatch(u -> u.key().equals("import.unread.unknownHeader") && u.args().contains("备注")),
                sheet.unread().toString());
    }

    @Test
    void filesThatAreNoListAreRefusedWithTheReason() throws Exception {
        assertTrue(refused("not a workbook".getBytes(StandardCharsets.UTF_8), 100).startsWith("import.refused.notXlsx"));
        assertTrue(refused(new byte[0], 100).startsWith("import.refused.notXlsx"));
        assertTrue(refused(book(new String[] {"姓名", "电话"}, new Object[] {"张三", "1"}), 100).matches("import\\.refused\\.noHeader .*“身份证号”.*"),
                "a required column missing");
        assertTrue(refused(book(new String[] {"姓名", "身份证号"}), 100).startsWith("import.refused.noRows"));
    }

    @Test
    void tenThousandRowsAreOverTheCapAndRefusedWhileReading() throws Exception {
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            for (int r = 1; r <= 10_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("志愿者" + r);
                row.createCell(1).setCellValue("11010519491231002X");
            }
            book.write(out);
            file = out.toByteArray();
        }
        String reason = refused(file, 10_000);
        assertEquals("import.refused.tooManyRows [" + WorkbookRows.MAX_ROWS + "]", reason);
    }

    private String refused(byte[] file, int max) {
        org.shegong.platform.api.records.Refusal reason = org.shegong.platform.api.records.Reasons.refusal(
                assertThrows(WorkbookRefusedException.class, () -> reader.read(new ByteArrayInputStream(file), COLUMNS, max)));
        return reason.key() + " " + reason.args();
    }

    private static byte[] book(String[] header, Object[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
