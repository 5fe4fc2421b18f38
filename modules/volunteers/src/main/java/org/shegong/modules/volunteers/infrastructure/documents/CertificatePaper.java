package org.shegong.modules.volunteers.infrastructure.documents;

import com.google.zxing.common.BitMatrix;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.Hours;
import org.shegong.modules.volunteers.domain.model.certificate.HoursSummary;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.platform.api.documents.PdfFonts;

/**
 * The certificate on paper (A4 PDF): the 67号 fields, the serial, the issuer, and the verification
 * URL printed and as a QR code drawn in vectors (sharp at any print size, no image library). The
 * text is the module bundle's Chinese (an official paper is Chinese whatever the reader's language);
 * the font is the platform's, embedded as a subset.
 */
@ApplicationScoped
public class CertificatePaper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    PdfFonts fonts;

    protected CertificatePaper() {
    }

    public CertificatePaper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(Certificate c, List<ServiceLine> lines, String verificationUrl) {
        ResourceBundle text = ResourceBundle.getBundle("org.shegong.modules.volunteers.messages", Locale.SIMPLIFIED_CHINESE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle(text.getString("certificate.pdf.title") + " " + c.getSerialNumber());
            document.open();
            Font title = fonts.bold(20);
            Font body = fonts.regular(11);
            Font small = fonts.regular(9);

            Paragraph heading = new Paragraph(text.getString("certificate.pdf.title"), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph serial = new Paragraph(text.getString("certificate.pdf.serial") + c.getSerialNumber(), small);
            serial.setAlignment(Element.ALIGN_RIGHT);
            serial.setSpacingAfter(12);
            document.add(serial);

            document.add(spaced(new Paragraph(MessageFormat.format(text.getString("certificate.pdf.intro"), c.getHolderName(),
                    c.getHolderGender().label(), c.getHolderIdMasked(), c.getVolunteerNumber(), affiliation(c),
                    day(c.getServedUpTo())), body)));

            PdfPTable table = new PdfPTable(new float[] {2.2f, 5f, 1.8f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String head : List.of("certificate.pdf.servedOn", "certificate.pdf.service", "certificate.pdf.hours")) {
                PdfPCell cell = new PdfPCell(new Phrase(text.getString(head), fonts.bold(10)));
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (ServiceLine l : lines) {
                table.addCell(cell(day(l.getServedOn()), small));
                table.addCell(cell(l.getService(), small));
                table.addCell(cell(Hours.of(l.getMinutes()), small));
            }
            document.add(table);

            document.add(spaced(new Paragraph(MessageFormat.format(text.getString("certificate.pdf.total"),
                    String.valueOf(c.getServiceCount()), c.hours(), day(c.getFirstServedOn()), day(c.getLastServedOn())), body)));
            String none = text.getString("certificate.pdf.none");
            for (Map.Entry<String, String> field : List.of(Map.entry("certificate.pdf.training", orNone(c.getTraining(), none)),
                    Map.entry("certificate.pdf.commendations", orNone(c.getCommendations(), none)),
                    Map.entry("certificate.pdf.evaluation", orNone(c.getEvaluation(), none)))) {
                document.add(new Paragraph(text.getString(field.getKey()) + field.getValue(), body));
            }
            document.add(spaced(new Paragraph(text.getString("certificate.pdf.issuer") + c.getIssuerName(), body)));
            document.add(new Paragraph(text.getString("certificate.pdf.issuedOn") + day(c.getIssuedOn()) + "    "
                    + text.getString("certificate.pdf.validUntil") + day(c.getValidUntil()), body));
            document.add(spaced(new Paragraph(text.getString("certificate.pdf.basis"), small)));
            document.add(new Paragraph(text.getString("certificate.pdf.verify") + verificationUrl, small));
            Image qr = Image.getInstance(qrCode(writer.getDirectContent(), verificationUrl, 110));
            qr.setAlignment(Element.ALIGN_RIGHT);
            document.add(qr);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate " + c.getSerialNumber() + " could not be written", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The cross-operator summary of hours (志愿服务时长汇总) on A4: the holder, one row per operator
     * (by name, the one that certifies that line) with its confirmed hours, and the total; the same
     * fonts and Chinese text as the certificate.
     */
    public byte[] writeSummary(HoursSummary s) {
        ResourceBundle text = ResourceBundle.getBundle("org.shegong.modules.volunteers.messages", Locale.SIMPLIFIED_CHINESE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(text.getString("summary.pdf.title"));
            document.open();
            Font body = fonts.regular(11);
            Font small = fonts.regular(9);
            Paragraph heading = new Paragraph(text.getString("summary.pdf.title"), fonts.bold(20));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            document.add(spaced(new Paragraph(MessageFormat.format(text.getString("summary.pdf.intro"), s.getHolderName(),
                    s.getHolderIdMasked(), s.getVolunteerNumber()), body)));
            PdfPTable table = new PdfPTable(new float[] {6f, 2.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String head : List.of("summary.pdf.operator", "certificate.pdf.hours")) {
                PdfPCell cell = new PdfPCell(new Phrase(text.getString(head), fonts.bold(10)));
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (HoursSummary.Line l : s.lines()) {
                table.addCell(cell(l.operator(), body));
                table.addCell(cell(l.hours(), body));
            }
            table.addCell(cell(text.getString("summary.pdf.total"), fonts.bold(11)));
            table.addCell(cell(s.totalHours(), fonts.bold(11)));
            document.add(table);
            document.add(spaced(new Paragraph(text.getString("summary.pdf.basis"), small)));
            document.add(new Paragraph(text.getString("summary.pdf.issuedAt")
                    + s.getIssuedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).format(MINUTE), small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("hours summary " + s.getId() + " could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The URL as a QR code ({@link QrCodes}), one filled square per dark module, {@code size} points wide. */
    static PdfTemplate qrCode(PdfContentByte canvas, String url, float size) {
        BitMatrix matrix = QrCodes.matrix(url);
        PdfTemplate template = canvas.createTemplate(size, size);
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    template.rectangle(col * module, size - (row + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return template;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(8);
        p.setSpacingAfter(6);
        return p;
    }

    private static String affiliation(Certificate c) {
        return c.getAffiliationKind().label() + (c.getAffiliationName() == null ? "" : " · " + c.getAffiliationName());
    }

    private static String orNone(String value, String none) {
        return value == null ? none : value;
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }
}
