package org.shegong.platform.domain.model.resident;

/** Why a resident is served; a resident may fall in several categories. */
public enum ResidentCategory {
    /** 老年人 */
    ELDER,
    /** 儿童 */
    CHILD,
    /** 低保: minimum living allowance */
    DIBAO,
    /** 特困: extreme hardship support */
    TEKUN,
    /** 残疾人 */
    DISABLED
}
