package org.shegong.platform.domain.model.project;

import java.util.Set;

/**
 * A search over the current tenant's projects: only those of stations in {@code streetCodes};
 * {@code text} (in the name or the needs notes), {@code nameContains} and {@code status} narrow further when present.
 */
public record ProjectQuery(Set<String> streetCodes, String text, String nameContains, ProjectStatus status, String sortBy,
                           boolean ascending) {

    public static final Set<String> SORTABLE = Set.of("name", "status", "startsOn", "endsOn", "updatedAt");

    public ProjectQuery {
        streetCodes = Set.copyOf(streetCodes);
        if (sortBy != null && !SORTABLE.contains(sortBy)) {
            throw new IllegalArgumentException("projects sort by " + SORTABLE + ", not " + sortBy);
        }
    }
}
