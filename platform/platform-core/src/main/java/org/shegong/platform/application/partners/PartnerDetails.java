package org.shegong.platform.application.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.partner.PartnerType;

/** What a person enters about a partner (合作资源). */
public record PartnerDetails(
        @NotBlank(message = "合作资源名称不能为空") @Size(max = 200, message = "名称不能超过200个字") String name,
        @NotNull(message = "请选择合作资源类型") PartnerType type,
        @Size(max = 50, message = "联系人不能超过50个字") String contactPerson,
        @Size(max = 30, message = "联系电话不能超过30个字符")
        @Pattern(regexp = "^$|" + PhoneNumber.PATTERN, message = "联系电话格式不正确") String contactPhone,
        @Size(max = 1000, message = "“提供”不能超过1000个字") String provides) implements Serializable {
}
