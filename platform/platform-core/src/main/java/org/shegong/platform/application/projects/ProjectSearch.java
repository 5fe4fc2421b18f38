package org.shegong.platform.application.projects;

import java.util.Set;
import org.shegong.platform.domain.model.project.ProjectStatus;

/** What a person types into the project search: all optional except the stations searched. */
public record ProjectSearch(Set<String> streetCodes, String text, String nameContains, ProjectStatus status, String sortBy,
                            boolean ascending) {

    public static ProjectSearch all(Set<String> streetCodes) {
        return new ProjectSearch(streetCodes, null, null, null, null, false);
    }
}
