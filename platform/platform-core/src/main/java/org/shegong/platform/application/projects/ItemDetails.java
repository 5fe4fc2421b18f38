package org.shegong.platform.application.projects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about a checklist item. {@code contractId} and {@code targetMetric} are
 * both given (the item counts toward that target) or both absent.
 */
public record ItemDetails(
        @NotBlank(message = "{project.refused.itemTitle}") @Size(max = 200, message = "{project.refused.itemTitleLength}") String title,
        @NotNull(message = "{project.refused.plannedRequired}") @Min(value = 1, message = "{project.refused.plannedMin}")
        @Max(value = 10_000, message = "{project.refused.plannedMax}") Integer planned,
        @Size(max = 500, message = "{project.refused.noteLength}") String note,
        Long contractId,
        String targetMetric) {
}
