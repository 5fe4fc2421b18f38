package org.shegong.modules.volunteers.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.attendance.CheckInCode;

/** The check-in code's image read back as a phone's scanner would: a PNG whose QR code is the URL. */
class CheckInCodeImageTest {

    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void thePngIsAQrCodeOfTheSignedCheckInUrlBigEnoughToPrint() throws Exception {
        String code = new CheckInCode("hope", 4711, "140106005000").sign(KEY);
        String url = "https://portal.example.cn/volunteers/check-in.xhtml?code=" + code;

        byte[] png = new CheckInCodeImage().png(url);

        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII), "a PNG file");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int side = QrCodes.matrix(url).getWidth() * CheckInCodeImage.PIXELS_PER_MODULE;
        assertEquals(side, image.getWidth());
        assertEquals(side, image.getHeight());
        assertTrue(side >= 400, "large enough to scan from a screen across a desk: " + side + " px");
        assertEquals(url, decode(image), "the image carries the check-in URL unchanged");
        assertEquals(4711, CheckInCode.verify(url.substring(url.indexOf("code=") + 5), KEY).shiftId(),
                "and its code is still ours");
    }

    @Test
    void twoShiftsGiveTwoDifferentImages() throws Exception {
        String first = "http://localhost/volunteers/check-in.xhtml?code=" + new CheckInCode("hope", 1, "140106005000").sign(KEY);
        String second = "http://localhost/volunteers/check-in.xhtml?code=" + new CheckInCode("hope", 2, "140106005000").sign(KEY);
        CheckInCodeImage images = new CheckInCodeImage();
        assertEquals(first, decode(ImageIO.read(new ByteArrayInputStream(images.png(first)))));
        assertEquals(second, decode(ImageIO.read(new ByteArrayInputStream(images.png(second)))));
    }

    @Test
    void aTextTooLongForAQrCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodeImage().png("x".repeat(8000)));
    }

    static String decode(BufferedImage image) throws Exception {
        return org.shegong.modules.volunteers.QrReading.text(image);
    }
}
