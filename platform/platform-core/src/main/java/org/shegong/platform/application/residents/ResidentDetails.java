package org.shegong.platform.application.residents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.shegong.platform.api.records.PlainText;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * What a person enters about a resident. The ID number is optional (some residents cannot give
 * one); when present it decides gender and birth date.
 */
public record ResidentDetails(
        @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字")
        @Pattern(regexp = PlainText.ONE_LINE, message = "姓名" + PlainText.REFUSAL) String name,
        String idNumber,
        Gender gender,
        LocalDate birthDate,
        @Size(max = 30, message = "电话不能超过30个字符")
        @Pattern(regexp = PlainText.ONE_LINE, message = "电话" + PlainText.REFUSAL) String phone,
        @NotBlank(message = "请选择社区") String communityCode,
        @Size(max = 200, message = "地址不能超过200个字")
        @Pattern(regexp = PlainText.ONE_LINE, message = "地址" + PlainText.REFUSAL) String address,
        Set<ResidentCategory> categories) implements java.io.Serializable {

    public ResidentDetails {
        if (categories != null && categories.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("类别不能为空值 / a category may not be null");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
