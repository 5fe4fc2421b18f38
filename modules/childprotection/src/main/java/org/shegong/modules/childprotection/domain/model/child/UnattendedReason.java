package org.shegong.modules.childprotection.domain.model.child;

/**
 * The 民发〔2019〕62号 situation of the parents that makes a child de facto unattended (事实无人抚养):
 * both parents, or one of them while the other is dead or missing, are in one of these.
 */
public enum UnattendedReason {
    /** 重残 */
    SEVERELY_DISABLED,
    /** 重病 */
    SEVERELY_ILL,
    /** 服刑在押 */
    IMPRISONED,
    /** 强制隔离戒毒 */
    COMPULSORY_DRUG_REHABILITATION,
    /** 被执行其他限制人身自由的措施 */
    OTHER_DEPRIVATION_OF_LIBERTY,
    /** 失联 */
    MISSING,
    /** 被撤销监护资格 */
    GUARDIANSHIP_REVOKED,
    /** 被遣送（驱逐）出境 */
    DEPORTED;

    public String labelKey() {
        return "childprotection.reason." + name();
    }
}
