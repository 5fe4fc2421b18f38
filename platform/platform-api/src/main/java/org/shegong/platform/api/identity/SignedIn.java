package org.shegong.platform.api.identity;

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

    /** Street codes of every station this person works in today. */
    Set<String> stationCodes();

    /** Street codes the pages show now: the station switcher's choice, or all of {@link #stationCodes()}. */
    Set<String> selectedStationCodes();

    default boolean worksAt(String streetCode) {
        return stationCodes().contains(streetCode);
    }
}
