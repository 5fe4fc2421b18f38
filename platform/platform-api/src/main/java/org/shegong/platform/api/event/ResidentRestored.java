package org.shegong.platform.api.event;

import org.shegong.platform.api.tenancy.TenantId;

/** A removed resident was restored. Delivered inside the restoring transaction: the module's lists show them again. */
public record ResidentRestored(TenantId tenant, long residentId, String streetCode) {
}
