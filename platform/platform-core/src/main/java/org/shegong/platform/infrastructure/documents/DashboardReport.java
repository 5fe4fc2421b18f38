package org.shegong.platform.infrastructure.documents;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.shegong.platform.api.documents.PdfFonts;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.DashboardView.Place;
import org.shegong.platform.application.metrics.Cell;

/**
 * A dashboard as a PDF report for a meeting, from the same {@link DashboardView} the page and the
 * Excel export show: region, period and when the figures were refreshed; the indicators as cards
 * (this period, previous, change); a bar chart of each indicator's months drawn with the PDF's own
 * graphics; the table by region and the operators' contract lines. A hidden cell is "<5" here too
 * and draws no bar (a bar's height would give the number away). The font is the platform's one
 * ({@link PdfFonts}).
 */
public final class DashboardReport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final float CHART_WIDTH = 500;
    private static final float CHART_HEIGHT = 120;

    private DashboardReport() {
    }

    /**
     * @param metricLabel a metric's name by code
     * @param text        a heading by bundle key ({@code dashboard.*})
     */
    public static byte[] write(DashboardView view, PdfFonts fonts, Function<String, String> metricLabel, Function<String, String> text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.open();
            Font title = fonts.bold(16);
            Font heading = fonts.bold(12);
            Font body = fonts.regular(9);
            document.add(new Paragraph(text.apply("dashboard.report.title") + " " + breadcrumb(view), title));
            // the colon and parentheses from the bundle too: full-width in Chinese, ASCII in English
            String colon = text.apply("common.colon");
            document.add(new Paragraph(text.apply("dashboard.period") + colon + view.period().shown()
                    + text.apply("common.parenOpen") + text.apply("dashboard.previous") + " " + view.previous().shown()
                    + text.apply("common.parenClose"), body));
            document.add(new Paragraph(text.apply("dashboard.refreshed") + colon + (view.refreshedAt() == null
                    ? text.apply("dashboard.neverRefreshed") : MINUTES.format(view.refreshedAt())), body));
            document.add(new Paragraph(text.apply("dashboard.coverage") + text.apply("common.parenOpen") + view.coverage().asOf()
                    + text.apply("common.parenClose") + colon + view.coverage().covered() + " / "
                    + view.coverage().streets(), body));
            if (view.suppressed()) {
                document.add(new Paragraph(text.apply("dashboard.suppressedNote"), body));
            }

            document.add(new Paragraph(text.apply("dashboard.indicators"), heading));
            PdfPTable cards = new PdfPTable(3);
            cards.setWidthPercentage(100);
            cards.setSpacingBefore(6);
            for (Indicator i : view.indicators()) {
                Phrase card = new Phrase();
                card.add(new Phrase(metricLabel.apply(i.code()) + "\n", body));
                card.add(new Phrase(i.value().text(text) + (i.value().upperBound() ? " *" : "") + "\n", fonts.bold(14)));
                card.add(new Phrase(text.apply("dashboard.previous") + " " + i.previous().text(text)
                        + "  " + i.changeText(text), body));
                PdfPCell cell = new PdfPCell(card);
                cell.setPadding(6);
                cards.addCell(cell);
            }
            cards.completeRow();
            document.add(cards);

            document.add(new Paragraph(text.apply("dashboard.trend"), heading));
            for (Indicator i : view.indicators()) {
                document.add(titled(metricLabel.apply(i.code()), chart(writer, fonts, i), body));
            }

            if (!view.children().isEmpty()) {
                document.newPage();
                document.add(new Paragraph(text.apply("dashboard.byRegion"), heading));
                PdfPTable regions = new PdfPTable(view.children().size() + 2);
                regions.setWidthPercentage(100);
                regions.setSpacingBefore(6);
                regions.addCell(new Phrase(text.apply("dashboard.indicator"), body));
                for (Place child : view.children()) {
                    regions.addCell(new Phrase(child.name(), body));
                }
                regions.addCell(new Phrase(text.apply("dashboard.total"), body));
                regions.setHeaderRows(1);
                for (Indicator i : view.indicators()) {
                    regions.addCell(new Phrase(metricLabel.apply(i.code()), body));
                    for (Cell c : i.byChild()) {
                        regions.addCell(figure(c, body, text));
                    }
                }
                document.add(regions);
            }

            if (!view.operators().isEmpty()) {
                document.add(new Paragraph(text.apply("dashboard.operators"), heading));
                PdfPTable operators = new PdfPTable(new float[] {3, 3, 3, 1.5f, 1.5f, 1.5f, 1.5f});
                operators.setWidthPercentage(100);
                operators.setSpacingBefore(6);
                for (String key : List.of("dashboard.operator", "dashboard.station", "dashboard.indicator", "dashboard.perYear",
                        "dashboard.done", "dashboard.expected", "dashboard.ofPace")) {
                    operators.addCell(new Phrase(text.apply(key), body));
                }
                operators.setHeaderRows(1);
                for (OperatorLine o : view.operators()) {
                    operators.addCell(new Phrase(o.operatorName(), body));
                    operators.addCell(new Phrase(o.stationName(), body));
                    operators.addCell(new Phrase(metricLabel.apply(o.metric()), body));
                    operators.addCell(new Phrase(String.valueOf(o.perYear()), body));
                    operators.addCell(figure(o.done(), body, text));
                    operators.addCell(new Phrase(String.valueOf(o.expected()), body));
                    operators.addCell(new Phrase((o.percentOfPace() == null ? "—" : o.percentOfPace() + "%")
                            + (o.behind() ? " " + text.apply("dashboard.behind") : ""), body));
                }
                document.add(operators);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the dashboard report", e);
        }
        return bytes.toByteArray();
    }

    /**
     * A chart with its title above it, kept on one page: added one after the other, a title could
     * close a page whose chart opened the next, and a reader took the chart for the title below it.
     */
    private static PdfPTable titled(String title, Image chart, Font font) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(new Paragraph(title, font));
        cell.addElement(chart);
        block.addCell(cell);
        return block;
    }

    private static String breadcrumb(DashboardView view) {
        return String.join(" › ", view.breadcrumb().stream().map(Place::name).toList());
    }

    private static PdfPCell figure(Cell c, Font font, Function<String, String> text) {
        PdfPCell cell = new PdfPCell(new Phrase(c.text(text) + (c.upperBound() ? " *" : ""), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /**
     * The months as bars, scaled to the largest shown figure, each labelled with its text and month
     * (a percent indicator's bars are its percents). A hidden month is its "<5" label over no bar.
     */
    private static Image chart(PdfWriter writer, PdfFonts fonts, Indicator indicator) throws BadElementException {
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate chart = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        List<Cell> months = indicator.trend();
        long max = 1;
        for (Cell c : months) {
            if (!c.suppressed() && c.shown() != null) {
                max = Math.max(max, c.shown());
            }
        }
        float base = 18;
        float top = CHART_HEIGHT - 14;
        float slot = CHART_WIDTH / Math.max(1, months.size());
        float bar = Math.min(28, slot * 0.6f);
        chart.setRGBColorStroke(150, 150, 150);
        chart.moveTo(0, base);
        chart.lineTo(CHART_WIDTH, base);
        chart.stroke();
        for (int m = 0; m < months.size(); m++) {
            Cell c = months.get(m);
            float x = m * slot + (slot - bar) / 2;
            float height = 0;
            if (!c.suppressed() && c.shown() != null && c.shown() > 0) {
                height = (top - base) * c.shown() / max;
                chart.setRGBColorFill(46, 110, 180);
                chart.rectangle(x, base, bar, height);
                chart.fill();
            }
            chart.beginText();
            chart.setRGBColorFill(0, 0, 0);
            chart.setFontAndSize(fonts.chinese(), 7);
            chart.showTextAligned(Element.ALIGN_CENTER, c.text(), x + bar / 2, base + height + 3, 0);
            String month = indicator.months().get(m).toString();
            chart.showTextAligned(Element.ALIGN_CENTER, months.size() > 12 ? month.substring(2) : month.substring(5),
                    x + bar / 2, base - 10, 0);
            chart.endText();
        }
        return Image.getInstance(chart);
    }
}
