package org.shegong.modules.volunteers.domain.model.certificate;

/**
 * The serial printed on the paper (证明编号), readable and read aloud over the phone: {@code ZY} (志愿),
 * the year of issue, and the operator's running number in that year, e.g. {@code ZY2026-000017}. Unique
 * per operator (a unique key); it is not a secret — the URL's token is.
 */
public final class CertificateSerial {

    private CertificateSerial() {
    }

    public static String of(int year, long number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("a year's certificates are numbered 1 to 999999");
        }
        return String.format("ZY%04d-%06d", year, number);
    }

    /** The running number of a serial of that year, or 0 for another year's or a malformed one. */
    public static long numberOf(String serial, int year) {
        String prefix = String.format("ZY%04d-", year);
        if (serial == null || !serial.startsWith(prefix) || !serial.substring(prefix.length()).matches("[0-9]{6}")) {
            return 0;
        }
        return Long.parseLong(serial.substring(prefix.length()));
    }
}
