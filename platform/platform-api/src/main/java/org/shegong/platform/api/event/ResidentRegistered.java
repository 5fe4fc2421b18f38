package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A resident (服务对象) was registered, by hand or by import. Delivered inside the registering
 * transaction. {@code birthDate} may be null.
 */
public record ResidentRegistered(TenantId tenant, long residentId, String name, String streetCode,
                                 String communityCode, LocalDate birthDate) {
}
