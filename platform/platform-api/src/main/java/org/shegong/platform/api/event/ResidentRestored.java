package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A removed resident was restored. Delivered inside the restoring transaction: the module's lists show them again.
 * {@code removedOn} is the day (Asia/Shanghai) they had been removed on: from then on the register counts them again.
 */
public record ResidentRestored(TenantId tenant, long residentId, String streetCode, LocalDate removedOn) {
}
