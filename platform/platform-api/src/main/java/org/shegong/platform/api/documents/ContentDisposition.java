package org.shegong.platform.api.documents;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download named in words ({@code 迎泽区-2026年11月.xlsx}):
 * a plain ASCII {@code filename} for old clients, and the real name as RFC 5987/6266
 * {@code filename*=UTF-8''…}, which browsers prefer. A header cannot carry raw non-ASCII bytes
 * reliably, so the name is percent-encoded, never written as is.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * @param fileName      the name people see; characters a file system refuses ({@code \ / : * ? " < > |}
     *                      and control characters) become {@code _}
     * @param asciiFallback an ASCII name for clients without {@code filename*} (non-ASCII becomes {@code _})
     */
    public static String attachment(String fileName, String asciiFallback) {
        String name = safe(fileName);
        StringBuilder fallback = new StringBuilder();
        for (char c : safe(asciiFallback).toCharArray()) {
            fallback.append(c < 0x20 || c > 0x7e ? '_' : c);
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String safe(String name) {
        StringBuilder s = new StringBuilder();
        name.strip().codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || "\\/:*?\"<>|".indexOf(c) >= 0) {
                s.append('_');
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
