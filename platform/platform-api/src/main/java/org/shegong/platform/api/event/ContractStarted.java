package org.shegong.platform.api.event;

import java.time.LocalDate;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * An operator's contract came into force for a street's station, as provisioning wrote it (a new
 * contract in force today, or one whose terms now include today). Delivered <b>after commit</b>
 * (observe with {@code during = TransactionPhase.AFTER_SUCCESS}), for the same reasons as
 * {@link ModuleSwitched}. A contract that merely reaches its start date is not announced yet: that
 * needs a daily tenant job.
 */
public record ContractStarted(TenantId tenant, String contractNumber, String streetCode, LocalDate startsOn,
                              LocalDate endsOn) {
}
