package org.shegong.modules.volunteers;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The tests' one way to read a QR code the module drew: first as the clean, whole code a check-in
 * image is (PURE_BARCODE), then by searching the image harder (a code on a certificate page). The
 * plain search alone missed 26 of 1,500 random check-in URLs drawn as the server draws them, and a
 * run failed now and then with NotFoundException or ChecksumException.
 */
public final class QrReading {

    private QrReading() {
    }

    public static String text(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException notPure) {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
