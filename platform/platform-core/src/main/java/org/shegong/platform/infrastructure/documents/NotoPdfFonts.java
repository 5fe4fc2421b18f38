package org.shegong.platform.infrastructure.documents;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.api.documents.PdfFonts;

/**
 * {@link PdfFonts} from a font file on the server. The default is face 2 (Simplified Chinese) of the
 * Noto Sans CJK collection Debian installs; OpenPDF reads the collection's CFF outlines and embeds
 * only the glyphs a document uses (a one-page certificate is about 200 KB).
 */
@ApplicationScoped
public class NotoPdfFonts implements PdfFonts {

    static final String DEBIAN_NOTO_SANS_SC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";

    private final String location;
    private volatile BaseFont font;

    @Inject
    public NotoPdfFonts(@ConfigProperty(name = "shegong.pdf.font", defaultValue = DEBIAN_NOTO_SANS_SC) String location) {
        this.location = location;
    }

    /** For CDI's proxy. */
    protected NotoPdfFonts() {
        this.location = DEBIAN_NOTO_SANS_SC;
    }

    @Override
    public BaseFont chinese() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load(location);
                }
                loaded = font;
            }
        }
        return loaded;
    }

    static BaseFont load(String location) {
        try {
            return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception | Error e) {
            throw new FontMissingException("PDF font not readable: " + location
                    + " (set shegong.pdf.font, or install fonts-noto-cjk: infra/install-prerequisites.sh)", e);
        }
    }
}
