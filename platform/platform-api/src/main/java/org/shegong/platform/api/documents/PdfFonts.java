package org.shegong.platform.api.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The one way the platform and its modules get the font for a PDF (a volunteer's service-record
 * certificate, a dashboard report): a Chinese font, embedded as a subset so the document reads the
 * same on any machine, including one without Chinese fonts. The PDF library is OpenPDF.
 *
 * <p>The font file is the server's Noto Sans CJK (Debian's {@code fonts-noto-cjk}, which
 * {@code infra/install-prerequisites.sh} installs), set by {@code shegong.pdf.font}. A server without
 * it throws {@link FontMissingException} when a PDF is asked for, never at start-up, so everything else
 * still works.
 */
public interface PdfFonts {

    /** Parsed once per server; OpenPDF keeps what each document uses, so one instance serves all. */
    BaseFont chinese();

    default Font regular(float size) {
        return new Font(chinese(), size, Font.NORMAL);
    }

    default Font bold(float size) {
        return new Font(chinese(), size, Font.BOLD);
    }

    /** The configured font file cannot be read: a server set-up fault, not the user's. */
    final class FontMissingException extends RuntimeException {
        public FontMissingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
