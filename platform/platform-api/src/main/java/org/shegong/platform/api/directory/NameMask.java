package org.shegong.platform.api.directory;

/**
 * A person's name where the person need not be known: the first character, the rest as stars
 * (张悦 → 张*, 欧阳娜娜 → 欧***) — a certificate's public check, another station's child, a resident on the
 * operator's read log. Enough for who knows the person to recognise, too little to find them.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        int rest = s.codePointCount(first, s.length());
        return s.substring(0, first) + "*".repeat(Math.max(1, rest));
    }
}
