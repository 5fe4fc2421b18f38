package org.shegong.modules.childprotection.application;

import java.util.List;
import org.shegong.platform.api.directory.ResidentCard;

/**
 * What the child register says about one resident of the person's stations, for the resident page's panel
 * and the registration page: whether they are under 18 (known only from a birth date on record), whether a
 * child record exists, its id only when the person may open it (the need-to-know rule), and otherwise only who
 * serves the child — as other staff of the station see a served child.
 */
public record ResidentChild(ResidentCard resident, boolean underAge, boolean registered, Long childId, List<String> servedBy) {

    public ResidentChild {
        servedBy = servedBy == null ? List.of() : List.copyOf(servedBy);
    }

    /** A child without a record: the register may take them. */
    public boolean mayRegister() {
        return underAge && !registered;
    }

    /** No record, and no birth date to tell whether they are a child: the date is needed before registering. */
    public boolean birthDateNeeded() {
        return !registered && resident.birthDate() == null;
    }

    /** No record, and 18 or over: the register does not keep them. */
    public boolean adult() {
        return !registered && !underAge && resident.birthDate() != null;
    }

    /**
     * Whether the resident page has anything to say here: a record (a registered child, or one who has come of
     * age since), a minor to register, or a birth date to add first. Of an adult it says nothing, and shows no
     * panel at all.
     */
    public boolean worthAPanel() {
        return !adult();
    }

    /** A record the person may open (assigned, or the station's lead). */
    public boolean mayOpen() {
        return childId != null;
    }
}
