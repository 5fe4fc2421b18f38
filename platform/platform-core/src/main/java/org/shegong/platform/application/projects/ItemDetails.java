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
        @NotBlank(message = "清单事项名称不能为空") @Size(max = 200, message = "清单事项名称不能超过200个字") String title,
        @NotNull(message = "请填写计划次数") @Min(value = 1, message = "计划次数至少为1")
        @Max(value = 10_000, message = "计划次数不能超过10000") Integer planned,
        @Size(max = 500, message = "备注不能超过500个字") String note,
        Long contractId,
        String targetMetric) {
}
