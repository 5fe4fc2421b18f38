package org.shegong.platform.application.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person enters about a project: its station, name, needs research notes and plan. */
public record ProjectDetails(
        @NotBlank(message = "项目名称不能为空") @Size(max = 100, message = "项目名称不能超过100个字") String name,
        @NotBlank(message = "请选择社工站") String stationStreet,
        @Size(max = 4000, message = "需求调研记录不能超过4000个字") String needs,
        @Size(max = 4000, message = "项目计划不能超过4000个字") String plan,
        LocalDate startsOn,
        LocalDate endsOn) {
}
