package org.shegong.modules.volunteers.infrastructure.documents;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A shift's check-in code as a PNG to show on a station device or print: the signed check-in URL as a
 * QR code, {@link #PIXELS_PER_MODULE} pixels a module (about 500 px wide, sharp when printed at 10 cm),
 * black on white, one bit a pixel. Made on the server from our own URL: no script, no user text.
 */
@ApplicationScoped
public class CheckInCodeImage {

    static final int PIXELS_PER_MODULE = 12;

    public byte[] png(String checkInUrl) {
        BitMatrix matrix = QrCodes.matrix(checkInUrl);
        int side = matrix.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("the check-in code's image could not be written", e);
        }
        return out.toByteArray();
    }
}
