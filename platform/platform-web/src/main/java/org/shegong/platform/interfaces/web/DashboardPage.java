package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.RegionDashboard;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.infrastructure.excel.DashboardWorkbook;
import org.shegong.platform.interfaces.web.dashboard.PeriodChoice;
import org.shegong.platform.interfaces.web.dashboard.TrendChart;

/**
 * The dashboard page, for civil affairs ({@code /region/stations.xhtml}: their region) and for an
 * operator admin ({@code /operator/dashboard.xhtml}: its own stations). Region and period come from
 * the URL ({@code f:viewParam}), so every drill-down and period is a plain link; one call of
 * {@link RegionDashboard} per request, in the {@code f:viewAction} (or the export).
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RegionDashboard dashboard;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MetricLabels metricLabels;

    @Inject
    Clock clock;

    @Inject
    LanguageSwitch language;

    @Inject
    org.shegong.platform.api.documents.PdfFonts fonts;

    private String region;
    private String kind;
    private String year;
    private String quarter;
    private String month;
    private String from;
    private String to;
    private String format;
    private DashboardView view;

    /** {@code region} for civil affairs, {@code operator} for an operator admin; unknown or foreign regions are 404. */
    public void load(String audience) {
        // The view action runs before the template's f:view sets the person's language, which would
        // leave the period message and the exports (texts and file name) in the browser's language.
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
        ReportPeriod period;
        try {
            period = PeriodChoice.parse(kind, year, quarter, month, from, to, YearMonth.now(clock));
        } catch (IllegalArgumentException e) {
            // 400 with the reason, and the picker and figures say what is shown instead (this year);
            // no export is written for a period that was not asked for.
            Messages.error(org.shegong.platform.api.records.Reasons.text(e, ModuleTexts.locale()) + " "
                    + Messages.text("dashboard.period.shownInstead"));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            kind = "year";
            year = null;
            quarter = null;
            month = null;
            from = null;
            to = null;
            format = null;
            period = ReportPeriod.year(YearMonth.now(clock).getYear());
        }
        view = "operator".equals(audience)
                ? dashboard.forOperator(currentIdentity.require(), region, period)
                : dashboard.forRegion(currentIdentity.require(), region, period);
        if ("xlsx".equals(format)) {
            send(DashboardWorkbook.write(view, metricLabels::of, Messages::text), XLSX, "xlsx");
        } else if ("pdf".equals(format)) {
            send(org.shegong.platform.infrastructure.documents.DashboardReport.write(view, fonts, metricLabels::of, Messages::text),
                    "application/pdf", "pdf");
        }
    }

    /**
     * The Excel and PDF exports as a plain GET ({@code format=xlsx} or {@code pdf} with the page's own
     * parameters): the same view, written as the whole answer; no postback, so the file is exactly
     * what the link names.
     */
    private void send(byte[] bytes, String contentType, String extension) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", org.shegong.platform.api.documents.ContentDisposition.attachment(
                fileName(extension), "dashboard-" + view.region().code() + "-" + view.period().from() + "-" + view.period().to()
                        + "." + extension));
        try {
            external.getResponseOutputStream().write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The file named in words, as a person would file it: {@code 迎泽区-2026年11月.xlsx}, {@code 太原市-2025年第3季度.pdf}. */
    private String fileName(String extension) {
        return view.region().name() + "-" + periodWords(view.period()) + "." + extension;
    }

    private static String periodWords(ReportPeriod period) {
        YearMonth from = period.from();
        return switch (period.window().orElse(0)) {
            case 1 -> monthWords(from);
            case 3 -> Messages.format("dashboard.file.quarter", String.valueOf(from.getYear()),
                    String.valueOf((from.getMonthValue() - 1) / 3 + 1));
            case 12 -> Messages.format("dashboard.file.year", String.valueOf(from.getYear()));
            default -> Messages.format("dashboard.file.months", monthWords(from), monthWords(period.to()));
        };
    }

    private static String monthWords(YearMonth month) {
        return Messages.format("dashboard.file.month", String.valueOf(month.getYear()), String.format("%02d", month.getMonthValue()),
                String.valueOf(month.getMonthValue()));
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public DashboardView getView() {
        return view;
    }

    /** The by-region table's rows: each region one level down (its index into the cells), then the total (no place). */
    public record RegionRow(DashboardView.Place place, int index) {
    }

    public java.util.List<RegionRow> getRegionRows() {
        java.util.List<RegionRow> rows = new java.util.ArrayList<>();
        for (int c = 0; c < view.children().size(); c++) {
            rows.add(new RegionRow(view.children().get(c), c));
        }
        rows.add(new RegionRow(null, view.children().size()));
        return rows;
    }

    /** "+550%", "+3.2 个百分点" or "—" (no previous figure): the rule is {@code PeriodChange}'s. */
    public String change(Indicator indicator) {
        return indicator.changeText(Messages::text);
    }

    /** Whether a month of the period has a figure to draw: else a note, not empty axes. */
    public boolean hasFigures(Indicator indicator) {
        return indicator.trend().stream().anyMatch(c -> c.shown() != null && c.shown() > 0);
    }

    /** Whether the months have nothing to draw only because they are hidden (the card above may still say 15). */
    public boolean onlyHidden(Indicator indicator) {
        return !hasFigures(indicator) && indicator.trend().stream().anyMatch(Cell::suppressed);
    }

    /** Whether a figure shown may count someone twice: then the page says what its "*" means, in words, not only on hover. */
    public boolean isAnyUpperBound() {
        return view.indicators().stream().anyMatch(i -> i.value().upperBound() || i.previous().upperBound()
                || i.byChild().stream().anyMatch(Cell::upperBound))
                || view.operators().stream().anyMatch(o -> o.done().upperBound());
    }

    /** An operator's dashboard is titled with the operator's name (its tree's top is a province, not its region). */
    public String getOperatorTitle() {
        return view == null || view.operatorName() == null ? Messages.text("dashboard.title.operator")
                : Messages.format("dashboard.title.operatorOf", view.operatorName());
    }

    /** A figure as every renderer shows it: the bundle's words when its module is off, and over how many streets. */
    public String text(Cell cell) {
        return cell.text(Messages::text);
    }

    /** Whether the table by region has a figure not counted or counted over some streets only: then a note says why. */
    public boolean isAnyNotCounted() {
        return view.indicators().stream().flatMap(i -> i.byChild().stream()).anyMatch(c -> c.notCounted() || c.partial());
    }

    /** Whether a cell of the table by region is not counted at all: then the legend says what its mark "—" stands for. */
    public boolean isAnyNotCountedCell() {
        return view.indicators().stream().flatMap(i -> i.byChild().stream()).anyMatch(Cell::notCounted);
    }

    public long getBehindCount() {
        return view.operators().stream().filter(DashboardView.OperatorLine::behind).count();
    }

    public String chart(Indicator indicator) {
        return TrendChart.of(metricLabels.of(indicator.code()), indicator.months(), indicator.trend(), indicator.value().percent());
    }

    public String getRefreshed() {
        return view == null || view.refreshedAt() == null ? Messages.text("dashboard.neverRefreshed") : MINUTES.format(view.refreshedAt());
    }

    public String levelOf(DashboardView.Place place) {
        return Messages.text("region.level." + place.level().name());
    }

    /** The picker's years, the shown one selected. */
    public java.util.List<org.shegong.platform.interfaces.web.dashboard.PeriodPicker.Choice> getYearChoices() {
        return org.shegong.platform.interfaces.web.dashboard.PeriodPicker.years(year, YearMonth.now(clock));
    }

    /** The picker's quarters (第1季度 …), the shown one (or the current) selected. */
    public java.util.List<org.shegong.platform.interfaces.web.dashboard.PeriodPicker.Choice> getQuarterChoices() {
        return org.shegong.platform.interfaces.web.dashboard.PeriodPicker.quarters(quarter, YearMonth.now(clock),
                q -> Messages.format("dashboard.quarterOption", String.valueOf(q)));
    }

    /** The picker's months (1月 …), the shown one (or the current) selected. */
    public java.util.List<org.shegong.platform.interfaces.web.dashboard.PeriodPicker.Choice> getMonthChoices() {
        return org.shegong.platform.interfaces.web.dashboard.PeriodPicker.months(month, YearMonth.now(clock),
                m -> Messages.format("dashboard.monthOption", String.valueOf(m)));
    }

    /** The period kinds the picker offers, labelled by {@code dashboard.kind.<kind>}. */
    public java.util.List<String> getKinds() {
        return java.util.List.of("month", "quarter", "year", "custom");
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getKind() {
        return kind == null ? "year" : kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getYear() {
        return year == null || year.isBlank() ? String.valueOf(YearMonth.now(clock).getYear()) : year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
