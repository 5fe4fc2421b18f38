package org.shegong.modules.volunteers.infrastructure.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The one way this module turns a URL into a QR code's modules (zxing, error correction M, a quiet
 * zone of two modules): the certificate's paper draws them in vectors, the check-in code's image in
 * pixels.
 */
final class QrCodes {

    private QrCodes() {
    }

    /** One bit per module, the quiet zone included; width 0 asks zxing for the smallest matrix. */
    static BitMatrix matrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the URL does not fit a QR code", e);
        }
    }
}
