package org.shegong.platform.infrastructure.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.application.residents.imports.ImportFile;
import org.shegong.platform.application.residents.imports.ImportLine;
import org.shegong.platform.application.residents.imports.ImportRefusedException;
import org.shegong.platform.application.residents.imports.ResidentImport;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The residents import file (.xlsx): the template people download, with headers in Chinese, and
 * the streaming reading of a filled-in file into rows. Columns are found by their header (and the
 * names people commonly give them), so a sheet whose columns were moved or renamed still reads;
 * whatever is not read — a column, another sheet — is named. An ID number is never read from a
 * number cell, where Excel has already dropped digits past the fifteenth.
 */
@ApplicationScoped
public class ResidentWorkbook {

    public static final String NAME = "姓名*";
    public static final String ID_NUMBER = "身份证号";
    public static final String PHONE = "电话";
    public static final String COMMUNITY = "社区*";
    public static final String ADDRESS = "地址";
    public static final String CATEGORIES = "类别";
    public static final String GENDER = "性别";
    public static final String BIRTH_DATE = "出生日期";
    public static final String REGISTERED_ON = "建档日期";
    static final List<String> HEADERS = List.of(NAME, ID_NUMBER, PHONE, COMMUNITY, ADDRESS, CATEGORIES, GENDER, BIRTH_DATE,
            REGISTERED_ON);

    /** An empty file to fill in: the headers, one example row, and a sheet that explains each column. */
    public byte[] template(List<String> communityNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("服务对象");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, i == 1 ? 24 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("填写说明");
            String[][] notes = {
                    {"列", "说明"},
                    {NAME, "必填，不超过50个字"},
                    {ID_NUMBER, "18位居民身份证号，可不填；填写时校验位必须正确，且不能与已登记的重复。本列已设为文本格式，"
                            + "请勿改为数字（Excel 对数字只保留15位，会改变号码）。15位旧号码会自动转为18位"},
                    {PHONE, "手机或座机号码"},
                    {COMMUNITY, "必填，填写您社工站所辖社区的名称，可选：" + String.join("、", communityNames)},
                    {ADDRESS, "不超过200个字"},
                    {CATEGORIES, "可填多个，用顿号或逗号分隔：老年人、儿童、低保、特困、残疾人"},
                    {GENDER, "男或女；仅在没有身份证号时填写（有身份证号时以身份证号为准）"},
                    {BIRTH_DATE, "如 1950-03-02；仅在没有身份证号时填写"},
                    {REGISTERED_ON, "社工站为此人建档的日期（台账上的建档日期），如 2024-03-02 或 2024/3/2，也可用 Excel 日期格式；"
                            + "不早于 2000-01-01，不晚于今天。可不填：不填按导入当天。在册服务对象的统计从这一天算起"},
            };
            for (int r = 0; r < notes.length; r++) {
                Row row = help.createRow(r);
                row.createCell(0).setCellValue(notes[r][0]);
                row.createCell(1).setCellValue(notes[r][1]);
            }
            help.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Largest upload read; a register of 5,000 rows is far smaller. */
    public static final long MAX_UPLOAD_BYTES = org.shegong.platform.api.workbook.WorkbookRows.MAX_UPLOAD_BYTES;
    static final String HELP_SHEET = FirstSheet.HELP_SHEET;
    static final String NOT_XLSX = FirstSheet.NOT_XLSX;
    static final String INFLATES_TOO_MUCH = FirstSheet.INFLATES_TOO_MUCH;
    static final String NUMERIC_ID_NUMBER = "import.reason.numericIdNumber";

    /**
     * Reads the first sheet of an uploaded workbook as a stream, without ever holding the whole
     * file, sheet or a giant cell in memory ({@link FirstSheet}, the reader every import shares). A
     * file that is not such a workbook is refused with the reason.
     */
    public ImportFile read(InputStream in) {
        try {
            FirstSheet.Read read = FirstSheet.read(in, ResidentImport.MAX_ROWS + 1, ResidentImport.tooManyRows());
            return lines(read.sheet(), new ArrayList<>(read.unread()));
        } catch (org.shegong.platform.api.workbook.WorkbookRefusedException e) {
            throw new ImportRefusedException(org.shegong.platform.api.records.Reasons.refusal(e));
        }
    }

    private ImportFile lines(SheetXml sheet, List<Reason> unread) {
        List<SheetXml.SheetRow> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw new ImportRefusedException(noHeader());
        }
        SheetXml.SheetRow header = rows.get(0);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Set<Integer> headed = new HashSet<>();
        for (Map.Entry<Integer, SheetCell> cell : header.cells().entrySet()) {
            String title = cell.getValue().text().strip();
            if (title.isEmpty()) {
                continue;
            }
            headed.add(cell.getKey());
            Optional<Column> column = Column.forHeader(title);
            String letter = SheetXml.letters(cell.getKey());
            if (column.isEmpty()) {
                unread.add(Reason.of("import.unread.unknownHeader", letter, title, KNOWN_HEADERS));
            } else if (columns.containsKey(column.get())) {
                unread.add(Reason.of("import.unread.repeated", letter, title, SheetXml.letters(columns.get(column.get()))));
            } else {
                columns.put(column.get(), cell.getKey());
            }
        }
        if (!columns.containsKey(Column.NAME) || !columns.containsKey(Column.COMMUNITY)) {
            throw new ImportRefusedException(noHeader());
        }
        List<SheetXml.SheetRow> data = rows.subList(1, rows.size());
        FirstSheet.useMergedValues(data, sheet.merged(), columns.values());
        Set<Integer> withoutHeader = new TreeSet<>();
        List<ImportLine> lines = new ArrayList<>();
        for (SheetXml.SheetRow row : data) {
            row.cells().forEach((column, cell) -> {
                if (!headed.contains(column) && !cell.isBlank()) {
                    withoutHeader.add(column);
                }
            });
            List<Reason> problems = new ArrayList<>();
            lines.add(new ImportLine(row.number(), value(row, columns, Column.NAME, problems),
                    value(row, columns, Column.ID_NUMBER, problems), value(row, columns, Column.PHONE, problems),
                    value(row, columns, Column.COMMUNITY, problems), value(row, columns, Column.ADDRESS, problems),
                    value(row, columns, Column.CATEGORIES, problems), value(row, columns, Column.GENDER, problems),
                    value(row, columns, Column.BIRTH_DATE, problems), value(row, columns, Column.REGISTERED_ON, problems),
                    row.hidden(), problems));
        }
        for (int column : withoutHeader) {
            unread.add(Reason.of("import.unread.noHeader", SheetXml.letters(column)));
        }
        return new ImportFile(lines, unread);
    }

    /** The headers the import knows, as the template (in Chinese, whatever the reader's language) writes them. */
    static final String KNOWN_HEADERS = "姓名、身份证号、性别、出生日期、电话、社区、地址、类别、建档日期";

    static Refusal noHeader() {
        return new Refusal("import.refused.noHeader", "“姓名”、“社区”");
    }

    private static String value(SheetXml.SheetRow row, Map<Column, Integer> columns, Column column, List<Reason> problems) {
        Integer index = columns.get(column);
        SheetCell cell = index == null ? null : row.cells().get(index);
        if (cell == null) {
            return "";
        }
        Reason unreadable = unreadable(cell, column.header());
        if (unreadable != null) {
            problems.add(unreadable);
            return "";
        }
        return switch (cell.kind()) {
            case NUMBER -> switch (column) {
                case ID_NUMBER -> {
                    problems.add(Reason.of(NUMERIC_ID_NUMBER));
                    yield "";
                }
                case BIRTH_DATE, REGISTERED_ON -> excelDate(cell.text());
                default -> plainNumber(cell.text());
            };
            default -> cell.text();
        };
    }

    /**
     * Why a cell holds no value to read — a formula saved without its result, or an error value — for
     * every workbook the platform reads (residents' and modules' imports); null for a readable cell.
     */
    static Reason unreadable(SheetCell cell, String header) {
        return switch (cell.kind()) {
            case FORMULA_WITHOUT_RESULT -> Reason.of("import.reason.formulaWithoutResult", header);
            case ERROR -> Reason.of("import.reason.errorValue", header, cell.text());
            default -> null;
        };
    }

    /** A number cell as people see it: 13912345678, not 1.3912345678E10. */
    static String plainNumber(String stored) {
        try {
            return new BigDecimal(stored.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /** A date cell: Excel stores days since 1899-12-30. */
    private static String excelDate(String stored) {
        try {
            double serial = Double.parseDouble(stored.strip());
            if (serial >= 61 && serial < 2_958_466) {
                return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial)).toString();
            }
        } catch (NumberFormatException e) {
            // not a number after all: the check names it
        }
        return plainNumber(stored);
    }
}
