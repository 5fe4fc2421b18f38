package org.shegong.platform.infrastructure.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.platform.application.residents.imports.ImportLine;
import org.shegong.platform.application.residents.imports.ImportRefusedException;

/**
 * The residents import file (.xlsx): the template people download, with headers in Chinese, and
 * the reading of a filled-in file into rows. Columns are found by their header, so a sheet whose
 * columns were moved still reads; ID numbers and phones typed as numbers keep every digit.
 */
@ApplicationScoped
public class ResidentWorkbook {

    public static final String NAME = "姓名*";
    public static final String ID_NUMBER = "身份证号";
    public static final String PHONE = "电话";
    public static final String COMMUNITY = "社区*";
    public static final String ADDRESS = "地址";
    public static final String CATEGORIES = "类别";
    static final List<String> HEADERS = List.of(NAME, ID_NUMBER, PHONE, COMMUNITY, ADDRESS, CATEGORIES);

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
                    {ID_NUMBER, "18位居民身份证号，可不填；填写时校验位必须正确，且不能与已登记的重复"},
                    {PHONE, "手机或座机号码"},
                    {COMMUNITY, "必填，填写您社工站所辖社区的名称，可选：" + String.join("、", communityNames)},
                    {ADDRESS, "不超过200个字"},
                    {CATEGORIES, "可填多个，用顿号或逗号分隔：老年人、儿童、低保、特困、残疾人"},
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

    /** The rows of the first sheet below the header; a file that is not such a workbook is refused with the reason. */
    public List<ImportLine> read(InputStream in) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    String title = text(cell).replace(" ", "");
                    HEADERS.stream().filter(h -> title.startsWith(h.replace("*", ""))).findFirst()
                            .ifPresent(h -> columns.putIfAbsent(h, cell.getColumnIndex()));
                }
            }
            if (!columns.containsKey(NAME) || !columns.containsKey(COMMUNITY)) {
                throw new ImportRefusedException("第一行须是表头，至少包含“姓名”和“社区”两列；请使用导入模板 / the first row must "
                        + "hold the template's headers");
            }
            List<ImportLine> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    lines.add(new ImportLine(r + 1, cell(row, columns, NAME), cell(row, columns, ID_NUMBER),
                            cell(row, columns, PHONE), cell(row, columns, COMMUNITY), cell(row, columns, ADDRESS),
                            cell(row, columns, CATEGORIES)));
                }
            }
            return lines;
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook (or a damaged one) in many ways; to the person it is one problem.
            throw new ImportRefusedException("不是有效的 Excel (.xlsx) 文件，请使用导入模板 / not an .xlsx workbook");
        }
    }

    private static String cell(Row row, Map<String, Integer> columns, String header) {
        Integer index = columns.get(header);
        return index == null ? "" : text(row.getCell(index));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            // 18-digit ID numbers and phones typed as numbers would otherwise come back as 1.4E17.
            return new BigDecimal(cell.getNumericCellValue()).toPlainString();
        }
        return new DataFormatter().formatCellValue(cell);
    }
}
