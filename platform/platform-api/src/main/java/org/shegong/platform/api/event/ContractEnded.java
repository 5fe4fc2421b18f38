package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * An operator's contract stopped being in force for a street's station, as provisioning wrote it
 * (its terms changed so that today is outside them). Delivered <b>after commit</b> (observe with
 * {@code during = TransactionPhase.AFTER_SUCCESS}). The station's records stay with the operator;
 * they only leave its people's lists, which follow the contracts in force.
 */
public record ContractEnded(TenantId tenant, String contractNumber, String streetCode, LocalDate endsOn) {
}
