package org.shegong.platform.api.directory;

import java.time.LocalDate;

/**
 * What a module may know of a resident (服务对象) of the platform's register: enough to name and
 * place the person; the ID number only masked.
 */
public record ResidentCard(long id, String name, String maskedIdNumber, String gender, LocalDate birthDate,
                           String phone, String address, String communityCode, String communityName, String streetCode) {
}
