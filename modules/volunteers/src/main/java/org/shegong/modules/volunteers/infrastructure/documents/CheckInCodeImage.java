package org.shegong.modules.volunteers.infrastructure.documents;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A shift's check-in code as a PNG to show on a station device or print: the signed check-in URL as a
 * QR code, {@link #PIXELS_PER_MODULE} pixels a module (about 500 px wide, sharp when printed at 12 cm),
 * black on white. Made on the server from our own URL: no script, no user text.
 *
 * <p>Written as a one-bit greyscale PNG with the JDK's zlib and CRC32 only: a module reaches the
 * platform through {@code java.*}, its API and its few libraries (the layer rules), and a QR code
 * needs no image library — each row of modules is the same bytes repeated.
 */
@ApplicationScoped
public class CheckInCodeImage {

    static final int PIXELS_PER_MODULE = 12;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public byte[] png(String checkInUrl) {
        BitMatrix matrix = QrCodes.matrix(checkInUrl);
        int side = matrix.getWidth() * PIXELS_PER_MODULE;
        try {
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            try (DeflaterOutputStream zlib = new DeflaterOutputStream(pixels)) {
                byte[] row = new byte[(side + 7) / 8];
                for (int y = 0; y < side; y++) {
                    Arrays.fill(row, (byte) 0);
                    for (int x = 0; x < side; x++) {
                        if (!matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE)) {
                            row[x >> 3] |= (byte) (0x80 >>> (x & 7)); // 1 is white in greyscale
                        }
                    }
                    zlib.write(0); // filter: none
                    zlib.write(row);
                }
            }
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(side);
            ihdr.writeInt(side);
            ihdr.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, no filter method, not interlaced

            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(SIGNATURE);
            DataOutputStream out = new DataOutputStream(file);
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", pixels.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the check-in code's image could not be written", e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
