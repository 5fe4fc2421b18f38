package org.shegong.platform.infrastructure.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.workbook.WorkbookColumn;
import org.shegong.platform.api.workbook.WorkbookRefusedException;
import org.shegong.platform.api.workbook.WorkbookRow;
import org.shegong.platform.api.workbook.WorkbookRows;
import org.shegong.platform.api.workbook.WorkbookSheet;

/**
 * The platform's {@link WorkbookRows} for modules: the same streaming read as the residents'
 * import ({@link FirstSheet}), with the columns the caller names instead of the register's.
 */
@ApplicationScoped
public class WorkbookReader implements WorkbookRows {

    /** A number cell in a column read as text only (the column's header the argument). */
    static final String NUMBER_IN_TEXT_COLUMN = "import.reason.numberInTextColumn";
    static final String NO_ROWS = "import.refused.noRows";

    static Refusal tooManyRows(int max) {
        return new Refusal("import.refused.tooManyRows", String.valueOf(max));
    }

    @Override
    public WorkbookSheet read(InputStream in, List<WorkbookColumn> columns, int maxRows) {
        int max = Math.max(1, Math.min(maxRows, MAX_ROWS));
        FirstSheet.Read read = FirstSheet.read(in, max + 1, tooManyRows(max));
        List<SheetXml.SheetRow> rows = read.sheet().rows();
        if (rows.isEmpty()) {
            throw new WorkbookRefusedException(noHeader(columns));
        }
        List<Reason> unread = new ArrayList<>(read.unread());
        Map<WorkbookColumn, Integer> found = new LinkedHashMap<>();
        Set<Integer> headed = new HashSet<>();
        for (Map.Entry<Integer, SheetCell> cell : rows.get(0).cells().entrySet()) {
            String title = cell.getValue().text().strip();
            if (title.isEmpty()) {
                continue;
            }
            headed.add(cell.getKey());
            String letter = SheetXml.letters(cell.getKey());
            WorkbookColumn column = columns.stream().filter(c -> c.matches(title)).findFirst().orElse(null);
            if (column == null) {
                unread.add(Reason.of("import.unread.unknownHeader", letter, title, headers(columns)));
            } else if (found.containsKey(column)) {
                unread.add(Reason.of("import.unread.repeated", letter, title, SheetXml.letters(found.get(column))));
            } else {
                found.put(column, cell.getKey());
            }
        }
        if (columns.stream().filter(WorkbookColumn::required).anyMatch(c -> !found.containsKey(c))) {
            throw new WorkbookRefusedException(noHeader(columns));
        }
        List<SheetXml.SheetRow> data = rows.subList(1, rows.size());
        if (data.stream().allMatch(SheetXml.SheetRow::isBlank)) {
            throw new WorkbookRefusedException(new Refusal(NO_ROWS));
        }
        FirstSheet.useMergedValues(data, read.sheet().merged(), found.values());
        Set<Integer> withoutHeader = new TreeSet<>();
        List<WorkbookRow> result = new ArrayList<>();
        for (SheetXml.SheetRow row : data) {
            row.cells().forEach((index, cell) -> {
                if (!headed.contains(index) && !cell.isBlank()) {
                    withoutHeader.add(index);
                }
            });
            Map<String, String> values = new LinkedHashMap<>();
            List<Reason> problems = new ArrayList<>();
            found.forEach((column, index) -> values.put(column.key(), value(row.cells().get(index), column, problems)));
            result.add(new WorkbookRow(row.number(), row.hidden(), values, problems));
        }
        for (int index : withoutHeader) {
            unread.add(Reason.of("import.unread.noHeader", SheetXml.letters(index)));
        }
        return new WorkbookSheet(result, unread);
    }

    @Override
    public byte[] template(String sheetName, List<WorkbookColumn> columns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(title(columns.get(i)));
                cell.setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (columns.get(i).textOnly() ? 24 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(FirstSheet.HELP_SHEET);
            Row head = help.createRow(0);
            head.createCell(0).setCellValue("列");
            head.createCell(1).setCellValue("说明");
            for (int i = 0; i < columns.size(); i++) {
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(title(columns.get(i)));
                row.createCell(1).setCellValue((columns.get(i).required() ? "必填。" : "") + columns.get(i).note());
            }
            help.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(WorkbookColumn column) {
        return column.required() ? column.header() + "*" : column.header();
    }

    private static String headers(List<WorkbookColumn> columns) {
        return columns.stream().map(WorkbookColumn::header).collect(Collectors.joining("、"));
    }

    /** The file's headers are the template's (Chinese, whatever the reader's language): named as written. */
    private static Refusal noHeader(List<WorkbookColumn> columns) {
        return new Refusal("import.refused.noHeader", columns.stream().filter(WorkbookColumn::required)
                .map(c -> "“" + c.header() + "”").collect(Collectors.joining("、")));
    }

    private static String value(SheetCell cell, WorkbookColumn column, List<Reason> problems) {
        if (cell == null) {
            return "";
        }
        Reason unreadable = ResidentWorkbook.unreadable(cell, column.header());
        if (unreadable != null) {
            problems.add(unreadable);
            return "";
        }
        return switch (cell.kind()) {
            case NUMBER -> {
                if (column.textOnly()) {
                    problems.add(Reason.of(NUMBER_IN_TEXT_COLUMN, column.header()));
                    yield "";
                }
                yield ResidentWorkbook.plainNumber(cell.text());
            }
            default -> cell.text();
        };
    }
}
