package org.shegong.modules.eldercare.domain.model.elder;

/** How an elder lives, as stations record it; it decides how closely they are followed. */
public enum LivingSituation {
    /** 独居 */
    ALONE("独居"),
    /** 空巢 */
    EMPTY_NEST("空巢"),
    /** 与子女同住 */
    WITH_CHILDREN("与子女同住"),
    /** 失能 */
    DISABLED("失能"),
    /** 半失能 */
    PARTLY_DISABLED("半失能");

    private final String label;

    LivingSituation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
