package org.shegong.platform.api.job;

import java.time.Instant;
import org.shegong.platform.api.tenancy.TenantId;

/** One tenant's turn of a job run: which tenant, and when the whole run started. */
public record JobRun(String jobCode, TenantId tenant, Instant startedAt) {
}
