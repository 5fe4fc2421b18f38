package org.shegong.modules.eldercare.domain.model;

/**
 * Elder care's copies of the platform's facts about a resident — name, street, removed or not —
 * kept in every record about them, so lists need no query across persistence units. Changed only
 * when the platform says so (its resident events), for every record of the resident at once.
 */
public interface ResidentCopies {

    /** The resident's name as the register now has it, in every record that shows it. */
    void rename(long residentId, String name);

    /** The resident is now served by the station of this street: their records go with them. */
    void moveTo(long residentId, String streetCode);

    /** Removed from (true) or restored to (false) the register: their records leave or rejoin every list. */
    void markRemoved(long residentId, boolean removed);
}
