package org.shegong.platform.api.persistence;

/**
 * A JPQL {@code LIKE} pattern for "contains what was typed": the person's own %, _ and backslash
 * match themselves (escaped with the database's default escape character), so a typed % never means
 * "everything". One for every module's name search.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The typed text, stripped and escaped, anywhere in the value. */
    public static String containing(String typed) {
        return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
