package org.shegong.platform.api.event;

import org.shegong.platform.api.tenancy.TenantId;

/**
 * A module was switched on or off for an operator (by provisioning). Delivered <b>after commit</b>
 * (observe with {@code during = TransactionPhase.AFTER_SUCCESS}): a module must not react to a
 * switch that is rolled back, and its reaction must never undo the operator's provisioning. A new
 * operator's modules are each announced as switched on.
 */
public record ModuleSwitched(TenantId tenant, String moduleId, boolean on) {
}
