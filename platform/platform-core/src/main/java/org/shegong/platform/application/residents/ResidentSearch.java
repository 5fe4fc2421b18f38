package org.shegong.platform.application.residents;

import java.util.Set;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/** What a person types into the resident search: all optional except the stations searched. */
public record ResidentSearch(Set<String> streetCodes, String name, String idNumber, String phone, String communityCode,
                             ResidentCategory category, String sortBy, boolean ascending, boolean removed) {

    /** A search of the residents in the register (not the removed ones). */
    public ResidentSearch(Set<String> streetCodes, String name, String idNumber, String phone, String communityCode,
                          ResidentCategory category, String sortBy, boolean ascending) {
        this(streetCodes, name, idNumber, phone, communityCode, category, sortBy, ascending, false);
    }

    public static ResidentSearch all(Set<String> streetCodes) {
        return new ResidentSearch(streetCodes, null, null, null, null, null, null, true);
    }
}
