package org.shegong.modules.volunteers.domain.model.certificate;

/**
 * The name as the public verification page shows it: the first character, the rest as stars
 * (张悦 → 张*, 欧阳娜娜 → 欧***). Enough for the holder to recognise, too little to find the person.
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
