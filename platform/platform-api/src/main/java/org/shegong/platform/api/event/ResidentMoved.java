package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A resident now lives in another street, so another station serves them. Delivered inside the
 * changing transaction: a module's records go with the resident atomically. The new street may be
 * one the operator runs no station in; records kept there simply leave every list of the operator's
 * stations (a module may also close them). The registration dates (建档日期) before and after the
 * change say from which day the person counted in each street's register (the same change may correct it).
 */
public record ResidentMoved(TenantId tenant, long residentId, String name, String fromStreetCode, String toStreetCode,
                            String communityCode, LocalDate registeredOnBefore, LocalDate registeredOn) {
}
