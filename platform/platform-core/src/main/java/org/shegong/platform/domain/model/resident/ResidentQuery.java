package org.shegong.platform.domain.model.resident;

import java.util.Set;

/**
 * A search over the current tenant's residents: only those living in {@code streetCodes}; each
 * other criterion narrows further when present. The ID number is matched exactly, through its
 * keyed hash, never by pattern; the phone as a whole number ({@code PhoneNumber.whole}), never a
 * part of one, since lists show it masked. Removed residents are found only when {@code removed} asks for them
 * (and then only they).
 */
public record ResidentQuery(Set<String> streetCodes, String nameContains, String idNumberIndex, String phone,
                            String communityCode, ResidentCategory category, String sortBy, boolean ascending,
                            boolean removed) {

    public ResidentQuery {
        streetCodes = Set.copyOf(streetCodes);
        if (sortBy != null && !Set.of("name", "birthDate", "registeredOn", "updatedAt").contains(sortBy)) {
            throw new IllegalArgumentException("residents sort by name, birthDate, registeredOn or updatedAt, not " + sortBy);
        }
    }
}
