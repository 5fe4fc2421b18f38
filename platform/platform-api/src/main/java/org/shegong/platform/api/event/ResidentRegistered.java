package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A resident (服务对象) was registered, by hand or by import. Delivered inside the registering
 * transaction. {@code birthDate} may be null. {@code registeredOn} is the day the station registered
 * the person (建档日期), which may be long before this event: the register counts them from that day.
 */
public record ResidentRegistered(TenantId tenant, long residentId, String name, String streetCode,
                                 String communityCode, LocalDate birthDate, LocalDate registeredOn) {
}
