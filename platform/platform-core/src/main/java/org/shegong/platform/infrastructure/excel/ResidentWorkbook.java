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
    static final List<String> HEADERS = List.of(NAME, ID_NUMBER, PHONE, COMMUNITY, ADDRESS, CATEGORIES, GENDER, BIRTH_DATE);

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
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    /** Largest inflated sheet XML read; 5,000 genuine rows are a few MB. */
    static final long MAX_SHEET_XML_BYTES = 64L * 1024 * 1024;
    /** Largest total of shared strings kept. */
    static final long MAX_SHARED_CHARS = 8_000_000;
    static final String HELP_SHEET = "填写说明";

    static final String NOT_XLSX = "不是有效的 Excel (.xlsx) 文件，请使用导入模板 / not an .xlsx workbook";
    static final String TOO_BIG = "文件超过 10 MB / the file is larger than 10 MB";
    static final String INFLATES_TOO_MUCH = "文件解压后的内容远超过一份名单应有的大小（可能是恶意构造的文件），未读取 / "
            + "the workbook inflates far beyond any roster; not read";
    static final String NUMERIC_ID_NUMBER = "身份证号是数字格式的单元格：Excel 对数字只保留15位有效数字，18位号码的末几位可能已被改变。"
            + "请把身份证号列设为文本后重新填写（导入模板中此列已设为文本格式） / the ID number is in a number cell, where Excel "
            + "keeps only 15 digits: format the column as text and type the number again (the template's column already is text)";

    /**
     * Reads the first sheet of an uploaded workbook as a stream, without ever holding the whole
     * file, sheet or a giant cell in memory: the upload is spooled to a temporary file (at most
     * 10 MB), each part is read through SAX with a byte limit, and reading stops at the row cap. A
     * file that is not such a workbook is refused with the reason.
     */
    public ImportFile read(InputStream in) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("shegong-import-", ".xlsx");
            spool(in, spooled);
            try (OPCPackage workbook = OPCPackage.open(spooled.toFile(), PackageAccess.READ)) {
                return read(workbook);
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportRefusedException(reasonFor(e));
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    spooled.toFile().deleteOnExit();
                }
            }
        }
    }

    private ImportFile read(OPCPackage workbook) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        List<String> shared = sharedStrings(reader);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new ImportRefusedException(NOT_XLSX);
        }
        SheetXml first = new SheetXml(shared, ResidentImport.MAX_ROWS + 1, false);
        String firstName;
        try (InputStream sheet = sheets.next()) {
            firstName = sheets.getSheetName();
            parse(sheet, first);
        }
        List<String> unread = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                if (HELP_SHEET.equals(name)) {
                    continue;
                }
                SheetXml probe = new SheetXml(shared, 1, true);
                parse(sheet, probe);
                if (!probe.rows().isEmpty()) {
                    unread.add("工作表“" + name + "”有内容但未读取：只导入第一个工作表“" + firstName + "”，请把数据移到该表 / sheet “"
                            + name + "” was not read: only the first sheet is imported");
                }
            }
        }
        return lines(first, unread);
    }

    private ImportFile lines(SheetXml sheet, List<String> unread) {
        List<SheetXml.SheetRow> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw new ImportRefusedException(NO_HEADER);
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
                unread.add("第 " + letter + " 列“" + title + "”未读取：导入不认识这个表头（可用：姓名、身份证号、性别、出生日期、电话、社区、地址、类别） / column "
                        + letter + " “" + title + "” was not read: unknown header");
            } else if (columns.containsKey(column.get())) {
                unread.add("第 " + letter + " 列“" + title + "”未读取：与第 " + SheetXml.letters(columns.get(column.get()))
                        + " 列是同一项 / column " + letter + " was not read: it repeats another column");
            } else {
                columns.put(column.get(), cell.getKey());
            }
        }
        if (!columns.containsKey(Column.NAME) || !columns.containsKey(Column.COMMUNITY)) {
            throw new ImportRefusedException(NO_HEADER);
        }
        List<SheetXml.SheetRow> data = rows.subList(1, rows.size());
        useMergedValues(data, sheet.merged(), columns.values());
        Set<Integer> withoutHeader = new TreeSet<>();
        List<ImportLine> lines = new ArrayList<>();
        for (SheetXml.SheetRow row : data) {
            row.cells().forEach((column, cell) -> {
                if (!headed.contains(column) && !cell.isBlank()) {
                    withoutHeader.add(column);
                }
            });
            List<String> problems = new ArrayList<>();
            lines.add(new ImportLine(row.number(), value(row, columns, Column.NAME, problems),
                    value(row, columns, Column.ID_NUMBER, problems), value(row, columns, Column.PHONE, problems),
                    value(row, columns, Column.COMMUNITY, problems), value(row, columns, Column.ADDRESS, problems),
                    value(row, columns, Column.CATEGORIES, problems), value(row, columns, Column.GENDER, problems),
                    value(row, columns, Column.BIRTH_DATE, problems), row.hidden(), problems));
        }
        for (int column : withoutHeader) {
            unread.add("第 " + SheetXml.letters(column) + " 列有内容但没有表头，未读取 / column " + SheetXml.letters(column)
                    + " has values but no header; not read");
        }
        return new ImportFile(lines, unread);
    }

    static final String NO_HEADER = "第一行须是表头，至少包含“姓名”和“社区”两列；请使用导入模板 / the first row must hold the template's headers";

    /**
     * The lower cells of a merged range show the top cell's value in Excel but are empty in the
     * file: they take that value (only in the columns read, only in rows that exist).
     */
    private static void useMergedValues(List<SheetXml.SheetRow> data, List<SheetXml.MergedRange> merged, java.util.Collection<Integer> readColumns) {
        if (merged.isEmpty() || data.isEmpty()) {
            return;
        }
        java.util.NavigableMap<Integer, SheetXml.SheetRow> byNumber = new java.util.TreeMap<>();
        data.forEach(row -> byNumber.put(row.number(), row));
        for (SheetXml.MergedRange range : merged) {
            SheetXml.SheetRow top = byNumber.get(range.firstRow());
            for (int column : readColumns) {
                if (top == null || column < range.firstColumn() || column > range.lastColumn()) {
                    continue;
                }
                SheetCell value = top.cells().get(range.firstColumn());
                if (value == null || value.isBlank()) {
                    continue;
                }
                for (SheetXml.SheetRow row : byNumber.subMap(range.firstRow(), true, range.lastRow(), true).values()) {
                    SheetCell own = row.cells().get(column);
                    if (own == null || own.isBlank()) {
                        row.cells().put(column, value);
                    }
                }
            }
        }
    }

    private static String value(SheetXml.SheetRow row, Map<Column, Integer> columns, Column column, List<String> problems) {
        Integer index = columns.get(column);
        SheetCell cell = index == null ? null : row.cells().get(index);
        if (cell == null) {
            return "";
        }
        return switch (cell.kind()) {
            case FORMULA_WITHOUT_RESULT -> {
                problems.add(column.header() + "：公式没有保存计算结果，请在 Excel 中打开并保存后再上传，或直接填写内容 / "
                        + "a formula saved without its result");
                yield "";
            }
            case ERROR -> {
                problems.add(column.header() + "：单元格是错误值 " + cell.text() + " / the cell holds an error value");
                yield "";
            }
            case NUMBER -> switch (column) {
                case ID_NUMBER -> {
                    problems.add(NUMERIC_ID_NUMBER);
                    yield "";
                }
                case BIRTH_DATE -> excelDate(cell.text());
                default -> plainNumber(cell.text());
            };
            default -> cell.text();
        };
    }

    /** A number cell as people see it: 13912345678, not 1.3912345678E10. */
    private static String plainNumber(String stored) {
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

    private static List<String> sharedStrings(XSSFReader reader) throws Exception {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        try (InputStream in = data) {
            SharedStringsXml strings = new SharedStringsXml(MAX_SHARED_CHARS);
            parse(in, strings);
            return strings.strings();
        }
    }

    private static void parse(InputStream part, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(new BoundedInputStream(part, MAX_SHEET_XML_BYTES)));
        } catch (SheetXml.Enough enough) {
            // the caller had what it wanted
        }
    }

    private static void spool(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_UPLOAD_BYTES) {
                    throw new ImportRefusedException(TOO_BIG);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The person's reason for a failure while reading: the row cap, a zip bomb, or simply not a workbook. */
    private static String reasonFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SheetXml.TooManyRows) {
                return ResidentImport.tooManyRows(ResidentImport.MAX_ROWS + 1);
            }
            if (t instanceof SheetXml.CellTooLong tooLong) {
                return "第 " + tooLong.row + " 行有单元格超过 " + SheetXml.MAX_CELL_CHARS + " 个字符，不是名单内容 / row "
                        + tooLong.row + " has a cell longer than Excel allows";
            }
            if (t instanceof BoundedInputStream.LimitExceeded || t instanceof SharedStringsXml.TooManyCharacters
                    || String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return INFLATES_TOO_MUCH;
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null && sax.getException() != t.getCause()) {
                return reasonFor(sax.getException());
            }
        }
        return NOT_XLSX;
    }
}
