package org.shegong.modules.childprotection.domain.model.child;

/** Why a child is served; labels in the bundle ({@code childprotection.category.<name>}). */
public enum ChildCategory {
    /** 事实无人抚养儿童 (民发〔2019〕62号): needs a {@link UnattendedReason}. */
    DE_FACTO_UNATTENDED,
    /** 孤儿 */
    ORPHAN,
    /** 留守儿童 */
    LEFT_BEHIND,
    /** 困境儿童 */
    IN_HARDSHIP,
    /** 流动儿童 (migrant workers' children) */
    MIGRANT;

    public String labelKey() {
        return "childprotection.category." + name();
    }
}
