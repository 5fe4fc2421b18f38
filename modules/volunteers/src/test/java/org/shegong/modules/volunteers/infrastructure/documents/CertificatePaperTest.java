package org.shegong.modules.volunteers.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateToken;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.documents.PdfFonts;

/** The paper read back as a reader's viewer would: the 67号 fields, the serial, the embedded font, the QR code. */
class CertificatePaperTest {

    /** The server's font as the platform's PdfFonts loads it (Debian's Noto Sans CJK, Simplified Chinese face). */
    static final PdfFonts NOTO = () -> {
        try {
            return BaseFont.createFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    static final String URL = "http://localhost:9080/public/volunteers/certificate.xhtml?t=";

    @Test
    void theCertificateHoldsThe67FieldsTheSerialAndItsVerificationUrlInAnEmbeddedFont() throws Exception {
        Volunteer v = new Volunteer("V000017", "140106005000", "cipher", "index", "1401**********0021", LocalDate.of(2024, 3, 1)) {
            @Override
            public Long getId() {
                return 17L;
            }
        };
        v.describe("张悦", Gender.FEMALE, null, AffiliationKind.UNIVERSITY, "山西大学", Set.of(), null, null);
        List<ServiceLine> lines = List.of(new ServiceLine(LocalDate.of(2026, 3, 2), "助老探访", 90),
                new ServiceLine(LocalDate.of(2026, 5, 9), "社区义诊", 100));
        String token = CertificateToken.next();
        Certificate c = new Certificate("ZY2026-000017", token, v, "希望社会工作服务中心", LocalDate.of(2026, 11, 30), lines,
                new Certificate.Statement("急救培训8学时", "2025年度优秀志愿者", "服务认真负责", LocalDate.of(2027, 11, 30)),
                LocalDate.of(2026, 12, 1), "laojunying.lead");

        byte[] pdf = new CertificatePaper(NOTO).write(c, lines, URL + token);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            // Lines wrap where the page ends them: compare without white space.
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
            for (String field : List.of("志愿服务记录证明", "ZY2026-000017", "张悦", "女", "1401**********0021", "V000017",
                    "高校 · 山西大学", "2026-11-30", "2026-03-02", "助老探访", "1.5", "2026-05-09", "社区义诊", "1.7",
                    "累计服务 2 次，共计 3.2 小时", "培训情况：急救培训8学时", "表彰奖励：2025年度优秀志愿者", "服务评价：服务认真负责",
                    "出具单位：希望社会工作服务中心", "出具日期：2026-12-01", "有效期至：2027-11-30", "民政部令第67号", token)) {
                assertTrue(text.contains(field.replaceAll("\\s+", "")), "the paper says " + field + ":\n" + text);
            }
            assertFalse(text.contains("cipher"), "never the encrypted ID number");
            var resources = read.getPage(0).getResources();
            boolean embeddedNoto = false;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                embeddedNoto |= font.isEmbedded() && font.getName().contains("NotoSansCJK");
            }
            assertTrue(embeddedNoto, "the Chinese font travels with the paper");

            // 300 dpi, as a scanner reads paper: at 150 a module is a few pixels and the read missed now and then
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(0, 300);
            assertEquals(URL + token, org.shegong.modules.volunteers.QrReading.text(page), "the QR code carries the verification URL");
        }
        assertTrue(pdf.length < 1_000_000, "the font is a subset: " + pdf.length);
    }
}
