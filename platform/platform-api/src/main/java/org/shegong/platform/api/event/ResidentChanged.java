package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * A resident's details were changed (name, phone, community, categories …). A change of street
 * fires {@link ResidentMoved} first and then this one (the community changed too). Delivered
 * inside the changing transaction, so a module's copy of the name follows atomically.
 * {@code name} is the name after the change; the registration dates (建档日期) before and after it
 * are equal unless the change corrected it.
 */
public record ResidentChanged(TenantId tenant, long residentId, String name, String streetCode,
                              LocalDate registeredOnBefore, LocalDate registeredOn) {
}
