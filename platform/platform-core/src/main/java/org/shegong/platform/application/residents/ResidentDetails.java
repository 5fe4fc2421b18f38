package org.shegong.platform.application.residents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.shegong.platform.api.records.PlainText;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * What a person enters about a resident. The ID number is optional (some residents cannot give
 * one); when present it decides gender and birth date. {@code registeredOn} is the day the station
 * registered the person (建档日期): required by the resident's rules (an edit that leaves it out is refused,
 * never erases it); a form, the API and an import default it to today for a new resident.
 */
public record ResidentDetails(
        @NotBlank(message = "{resident.refused.nameRequired}") @Size(max = Resident.NAME_MAX, message = "{resident.refused.nameLength}")
        @Pattern(regexp = PlainText.ONE_LINE, message = "{resident.refused.nameControl}") String name,
        String idNumber,
        Gender gender,
        LocalDate birthDate,
        @Size(max = Resident.PHONE_MAX, message = "{resident.refused.phoneLength}")
        @Pattern(regexp = PlainText.ONE_LINE, message = "{resident.refused.phoneControl}")
        @Pattern(regexp = "^$|" + PhoneNumber.PATTERN, message = "{resident.refused.phone}") String phone,
        @NotBlank(message = "{resident.refused.communityRequired}") String communityCode,
        @Size(max = Resident.ADDRESS_MAX, message = "{resident.refused.addressLength}")
        @Pattern(regexp = PlainText.ONE_LINE, message = "{resident.refused.addressControl}") String address,
        Set<ResidentCategory> categories,
        LocalDate registeredOn) implements java.io.Serializable {

    public ResidentDetails {
        if (categories != null && categories.stream().anyMatch(java.util.Objects::isNull)) {
            throw new org.shegong.platform.api.records.Refusal("resident.refused.categoryNull");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
