package org.shegong.platform.domain.model.resident;

/** Why a resident is served; a resident may fall in several categories. */
public enum ResidentCategory {
    ELDER("老年人"),
    CHILD("儿童"),
    /** minimum living allowance */
    DIBAO("低保"),
    /** extreme hardship support */
    TEKUN("特困"),
    DISABLED("残疾人");

    private final String label;

    ResidentCategory(String label) {
        this.label = label;
    }

    /** The word station staff use, as written in spreadsheets. */
    public String label() {
        return label;
    }

    /** The category a person wrote, by its Chinese word or its code name. */
    public static java.util.Optional<ResidentCategory> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ResidentCategory c : values()) {
            if (c.label.equals(t) || c.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
