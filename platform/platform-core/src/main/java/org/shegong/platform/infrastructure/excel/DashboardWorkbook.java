package org.shegong.platform.infrastructure.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.DashboardView.Place;
import org.shegong.platform.application.metrics.Cell;

/**
 * A dashboard as an Excel workbook, one sheet per table (indicators, regions, months, operators),
 * written from the same {@link DashboardView} the page shows: a hidden cell is the text "<5" here
 * too, never its number, and a module not on for a street's operator its words, never 0. Every cell a person could have typed (region and operator names) is text.
 */
public final class DashboardWorkbook {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private DashboardWorkbook() {
    }

    /**
     * @param metricLabel a metric's name by code
     * @param text        a heading by bundle key ({@code dashboard.*})
     */
    public static byte[] write(DashboardView view, Function<String, String> metricLabel, Function<String, String> text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(text.apply("dashboard.sheet.indicators"));
            line(summary, 0, text.apply("dashboard.region"), view.region().name());
            line(summary, 1, text.apply("dashboard.period"), view.period().shown());
            line(summary, 2, text.apply("dashboard.refreshed"),
                    view.refreshedAt() == null ? text.apply("dashboard.neverRefreshed") : MINUTES.format(view.refreshedAt()));
            line(summary, 3, text.apply("dashboard.coverage") + text.apply("common.parenOpen") + view.coverage().asOf()
                    + text.apply("common.parenClose"), view.coverage().covered() + " / " + view.coverage().streets());
            line(summary, 5, text.apply("dashboard.indicator"), text.apply("dashboard.value"), text.apply("dashboard.previous"),
                    text.apply("dashboard.change"));
            int r = 6;
            for (Indicator i : view.indicators()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(metricLabel.apply(i.code()));
                put(row, 1, i.value(), text);
                put(row, 2, i.previous(), text);
                row.createCell(3).setCellValue(i.changeText(text));
            }

            Sheet regions = book.createSheet(text.apply("dashboard.sheet.regions"));
            List<String> head = new ArrayList<>(List.of(text.apply("dashboard.indicator")));
            view.children().stream().map(Place::name).forEach(head::add);
            head.add(text.apply("dashboard.total"));
            line(regions, 0, head.toArray(String[]::new));
            r = 1;
            for (Indicator i : view.indicators()) {
                Row row = regions.createRow(r++);
                row.createCell(0).setCellValue(metricLabel.apply(i.code()));
                for (int c = 0; c < i.byChild().size(); c++) {
                    put(row, c + 1, i.byChild().get(c), text);
                }
            }

            Sheet months = book.createSheet(text.apply("dashboard.sheet.months"));
            List<String> monthHead = new ArrayList<>(List.of(text.apply("dashboard.indicator")));
            view.period().months().forEach(m -> monthHead.add(m.toString()));
            line(months, 0, monthHead.toArray(String[]::new));
            r = 1;
            for (Indicator i : view.indicators()) {
                Row row = months.createRow(r++);
                row.createCell(0).setCellValue(metricLabel.apply(i.code()));
                for (int c = 0; c < i.trend().size(); c++) {
                    put(row, c + 1, i.trend().get(c), text);
                }
            }

            Sheet operators = book.createSheet(text.apply("dashboard.sheet.operators"));
            line(operators, 0, text.apply("dashboard.operator"), text.apply("dashboard.station"), text.apply("dashboard.contract"),
                    text.apply("dashboard.indicator"), text.apply("dashboard.perYear"), text.apply("dashboard.done"),
                    text.apply("dashboard.expected"), text.apply("dashboard.ofPace"), text.apply("dashboard.behind"));
            r = 1;
            for (OperatorLine o : view.operators()) {
                Row row = operators.createRow(r++);
                row.createCell(0).setCellValue(o.operatorName());
                row.createCell(1).setCellValue(o.stationName());
                row.createCell(2).setCellValue(o.contractNumber());
                row.createCell(3).setCellValue(metricLabel.apply(o.metric()));
                row.createCell(4).setCellValue(o.perYear());
                put(row, 5, o.done(), text);
                row.createCell(6).setCellValue(o.expected());
                row.createCell(7).setCellValue(o.percentOfPace() == null ? "—" : o.percentOfPace() + "%");
                row.createCell(8).setCellValue(o.behind() ? text.apply("dashboard.behind") : "");
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A count as a number; a hidden cell, a percent, a figure not counted (module off) or counted over
     * only some streets as its text in words.
     */
    private static void put(Row row, int column, Cell cell, Function<String, String> text) {
        if (cell.suppressed() || cell.percent() || cell.shown() == null || cell.partial()) {
            row.createCell(column).setCellValue(cell.text(text));
        } else {
            row.createCell(column).setCellValue(cell.shown());
        }
    }

    private static void line(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
