package org.shegong.platform.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Coverage;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.DashboardView.Place;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.rollup.PeriodChange;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

class DashboardReportTest {

    static Cell n(long value) {
        return new Cell(value, false, false, false);
    }

    static final Cell HIDDEN = new Cell(3L, false, false, false).suppress();

    @Test
    void theReportNamesRegionPeriodAndFiguresAndHidesASmallSensitiveCount() throws Exception {
        ReportPeriod q1 = ReportPeriod.quarter(2025, 1);
        Place district = new Place("990101000000", "甲一区", RegionLevel.DISTRICT, true);
        Place s1 = new Place("990101001000", "甲一街道", RegionLevel.STREET, false);
        Place s2 = new Place("990101002000", "甲二街道", RegionLevel.STREET, false);
        List<YearMonth> months = q1.months();
        Indicator activities = new Indicator("activities", "metric.activities", "core", MetricKind.EVENTS_IN_PERIOD, false,
                n(4711), n(15), PeriodChange.ofCounts(4711, 15), months, List.of(n(1200), n(1511), n(2000)), List.of(n(4000), n(711), n(4711)));
        Indicator health = new Indicator("eldercare.health-readings", "x", "eldercare", MetricKind.EVENTS_IN_PERIOD, true,
                n(23), n(0), PeriodChange.NONE, months, List.of(HIDDEN, n(20), HIDDEN), List.of(HIDDEN, HIDDEN, n(23)));
        DashboardView view = new DashboardView(district, List.of(new Place("990000000000", "测试省", RegionLevel.PROVINCE, true),
                district), q1, q1.previous(), Instant.parse("2025-04-01T02:30:00Z"), true, List.of(s1, s2),
                List.of(activities, health), new Coverage(2, 1, java.time.LocalDate.of(2025, 3, 31)),
                List.of(new OperatorLine("希望社工", "甲一社工站", s1.code(), "C-1", "activities", 100, n(4000), 25, 16000, false,
                        "2025-01-01"), new OperatorLine("希望社工", "甲一社工站", s1.code(), "C-1", "clubs.helped", 10,
                        Cell.uncounted(false), 0, null, false, "2025-01-01")), null);

        byte[] pdf = DashboardReport.write(view, new NotoPdfFonts(NotoPdfFonts.DEBIAN_NOTO_SANS_SC),
                code -> code.equals("activities") ? "活动场次" : "健康随访", key -> key.equals("dashboard.report.title") ? "看板报告" : key.equals("dashboard.notCounted") ? "未计入" : key);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("看板报告 测试省 › 甲一区"), text);
            assertTrue(text.contains("2025-01 – 2025-03"), "the period: " + text);
            assertTrue(text.contains("2025-04-01 10:30"), "refreshed, Shanghai time: " + text);
            assertTrue(text.contains("+31307%"), "the change against the previous period: " + text);
            assertTrue(text.contains("4711") && text.contains("活动场次") && text.contains("希望社工"), text);
            assertTrue(text.contains("<5"), "the hidden cells: " + text);
            assertTrue(text.contains("未计入"), "a module off is said in words, not 0: " + text);
            assertFalse(text.contains(" 3\n") || text.contains("\n3\n"), "the hidden 3 is nowhere: " + text);
            assertEquals(2, read.getNumberOfPages(), "cards and charts, then the tables");
        }
    }

    /** Twelve charts run over pages: each page ends with a chart, never with the title of a chart on the next page. */
    @Test
    void aChartsTitleIsOnTheChartsPage() throws Exception {
        ReportPeriod year = ReportPeriod.year(2025);
        Place district = new Place("990101000000", "甲一区", RegionLevel.DISTRICT, true);
        List<YearMonth> months = year.months();
        List<Indicator> indicators = new java.util.ArrayList<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (int k = 1; k <= 12; k++) {
            String code = String.format("指标%02d", k);
            titles.add(code);
            List<Cell> trend = months.stream().map(m -> n(m.getMonthValue() * 10L)).toList();
            indicators.add(new Indicator(code, code, "core", MetricKind.EVENTS_IN_PERIOD, false, n(780), n(700),
                    PeriodChange.ofCounts(780, 700), months, trend, List.of(n(780))));
        }
        DashboardView view = new DashboardView(district, List.of(district), year, year.previous(), Instant.parse("2025-04-01T02:30:00Z"),
                false, List.of(), indicators, new Coverage(2, 1, java.time.LocalDate.of(2025, 12, 31)), List.of(), null);

        byte[] pdf = DashboardReport.write(view, new NotoPdfFonts(NotoPdfFonts.DEBIAN_NOTO_SANS_SC), code -> code, key -> key);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertTrue(read.getNumberOfPages() >= 3, "twelve charts take pages: " + read.getNumberOfPages());
            int charts = 0;
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = java.util.Arrays.stream(stripper.getText(read).split("\\R")).map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                String last = lines.get(lines.size() - 1);
                assertFalse(titles.contains(last), "page " + page + " ends with the title " + last + " of a chart on the next page");
                charts += (int) lines.stream().filter(titles::contains).count();
            }
            assertTrue(charts >= 12, "every chart's title is there: " + charts);
        }
    }

    /** In English the report's punctuation is English too (issue 15: no "Period：…（previous …）"). */
    @Test
    void theEnglishReportHasNoFullWidthPunctuation() throws Exception {
        ReportPeriod q1 = ReportPeriod.quarter(2025, 1);
        Place district = new Place("990101000000", "District 1", RegionLevel.DISTRICT, true);
        DashboardView view = new DashboardView(district, List.of(district), q1, q1.previous(), Instant.parse("2025-04-01T02:30:00Z"),
                true, List.of(), List.of(), new Coverage(2, 1, java.time.LocalDate.of(2025, 3, 31)), List.of(), null);
        java.util.Map<String, String> english = java.util.Map.of("dashboard.period", "Period", "dashboard.previous", "previous",
                "dashboard.refreshed", "Refreshed", "dashboard.coverage", "Coverage", "common.colon", ": ", "common.parenOpen", " (",
                "common.parenClose", ")");

        byte[] pdf = DashboardReport.write(view, new NotoPdfFonts(NotoPdfFonts.DEBIAN_NOTO_SANS_SC), code -> code,
                key -> english.getOrDefault(key, key));

        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("Period: 2025-01 – 2025-03 (previous 2024-10 – 2024-12)"), text);
            assertTrue(text.contains("Coverage (2025-03-31): 1 / 2"), text);
            assertFalse(text.matches("(?s).*[（）：].*"), "full-width punctuation in the English report: " + text);
        }
    }
}
