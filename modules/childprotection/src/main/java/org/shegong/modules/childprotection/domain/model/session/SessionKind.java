package org.shegong.modules.childprotection.domain.model.session;

/** What a session was: home tutoring and visits happen at the child's home. */
public enum SessionKind {
    /** 送教上门 */
    HOME_TUTORING(true),
    /** 入户走访 */
    HOME_VISIT(true),
    /** 生活技能 */
    LIFE_SKILLS(false),
    /** 心理支持 */
    PSYCHOLOGICAL(false);

    private final boolean atHome;

    SessionKind(boolean atHome) {
        this.atHome = atHome;
    }

    public boolean atHome() {
        return atHome;
    }

    public String labelKey() {
        return "childprotection.session." + name();
    }
}
