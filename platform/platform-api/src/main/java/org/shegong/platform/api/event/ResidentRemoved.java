package org.shegong.platform.api.event;

import org.shegong.platform.api.tenancy.TenantId;

/**
 * A resident was removed (a soft delete: nothing is lost, {@link ResidentRestored} brings them
 * back). Delivered inside the removing transaction: a module takes the person out of its lists,
 * counts and searches in the same commit, and keeps their records.
 */
public record ResidentRemoved(TenantId tenant, long residentId, String streetCode) {
}
