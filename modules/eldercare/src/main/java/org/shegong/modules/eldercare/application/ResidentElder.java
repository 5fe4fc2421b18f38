package org.shegong.modules.eldercare.application;

import org.shegong.platform.api.records.Refusal;

/**
 * What the elder register says about one resident of the person's stations, for the resident page's panel and the
 * elder page: whether a profile is open, and, where none is, why the module's age rule would refuse one
 * ({@code notAdmitted}: under 60, or no birth date on record), or null where it would open one.
 */
public record ResidentElder(boolean hasProfile, Refusal notAdmitted) {

    /** A profile open, or one the register would open: the elder page offers its forms. */
    public boolean mayOpen() {
        return hasProfile || notAdmitted == null;
    }

    /** No profile, and no birth date to tell whether they are an elder: the date is needed first. */
    public boolean birthDateNeeded() {
        return !mayOpen() && "eldercare.refused.birthDateNeeded".equals(notAdmitted.key());
    }

    /**
     * Whether the resident page has anything to say here: a profile, an elder to open one for, or a birth date to add
     * first. Of someone under 60 without a profile it says nothing, and shows no panel at all.
     */
    public boolean worthAPanel() {
        return mayOpen() || birthDateNeeded();
    }
}
