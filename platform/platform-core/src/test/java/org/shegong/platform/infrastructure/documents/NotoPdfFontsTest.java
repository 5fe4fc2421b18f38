package org.shegong.platform.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.documents.PdfFonts;

class NotoPdfFontsTest {

    @Test
    void aPdfWrittenWithTheFontReadsBackInChineseWithTheFontEmbedded() throws Exception {
        PdfFonts fonts = new NotoPdfFonts(NotoPdfFonts.DEBIAN_NOTO_SANS_SC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, bytes);
        document.open();
        document.add(new Paragraph("志愿服务记录证明 老军营街道 12.5 小时", fonts.regular(14)));
        document.close();

        try (PDDocument read = Loader.loadPDF(bytes.toByteArray())) {
            assertEquals("志愿服务记录证明 老军营街道 12.5 小时", new PDFTextStripper().getText(read).strip());
            var resources = read.getPage(0).getResources();
            PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels with the document");
            assertTrue(font.getName().contains("NotoSansCJKsc"), font.getName());
        }
        assertTrue(bytes.size() < 1_000_000, "a subset, not the whole collection: " + bytes.size());
    }

    @Test
    void theFontIsParsedOnce() {
        PdfFonts fonts = new NotoPdfFonts(NotoPdfFonts.DEBIAN_NOTO_SANS_SC);
        assertSame(fonts.chinese(), fonts.chinese());
    }

    @Test
    void aMissingFontSaysWhatToSetOrInstall() {
        PdfFonts fonts = new NotoPdfFonts("/nonexistent/font.ttc,0");
        var e = assertThrows(PdfFonts.FontMissingException.class, fonts::chinese);
        assertTrue(e.getMessage().contains("shegong.pdf.font") && e.getMessage().contains("fonts-noto-cjk"), e.getMessage());
    }
}
