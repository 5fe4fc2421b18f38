package org.shegong.platform.api.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The person behind the current request, as modules may know them: who, in which roles, working in
 * which stations (by street code). Taken from the validated token and the operator's contracts in
 * force, never from anything the client chooses.
 */
public interface SignedIn {

    String username();

    String displayName();

    boolean has(Role role);

    /**
     * The id of this person's staff record (工作人员) in their operator's roster, matched by login;
     * empty for someone with no staff record (a volunteer, civil affairs, the platform admin). Record
     * rules ({@link org.shegong.platform.api.access.RecordRule}) compare it with a record's assigned workers.
     * The default (no staff record) suits a system actor; the platform's signed-in person overrides it.
     */
    default Optional<Long> staffId() {
        return Optional.empty();
    }

    /** Street codes of every station this person works in today. */
    Set<String> stationCodes();

    /** Street codes the pages show now: the station switcher's choice, or all of {@link #stationCodes()}. */
    Set<String> selectedStationCodes();

    /**
     * The name of one of this person's stations (e.g. 老军营街道社工站), for pages that would
     * otherwise show a street code; the code itself for a street that is not one of theirs. The
     * default suits a system actor; the platform's signed-in person overrides it.
     */
    default String stationName(String streetCode) {
        return streetCode;
    }


    default boolean worksAt(String streetCode) {
        return stationCodes().contains(streetCode);
    }
}
