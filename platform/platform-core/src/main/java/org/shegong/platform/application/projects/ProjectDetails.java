package org.shegong.platform.application.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person enters about a project: its station, name, needs research notes and plan. */
public record ProjectDetails(
        @NotBlank(message = "{project.refused.nameRequired}") @Size(max = 100, message = "{project.refused.nameLength}") String name,
        @NotBlank(message = "{project.refused.stationRequired}") String stationStreet,
        @Size(max = 4000, message = "{project.refused.needsLength}") String needs,
        @Size(max = 4000, message = "{project.refused.planLength}") String plan,
        LocalDate startsOn,
        LocalDate endsOn) {
}
