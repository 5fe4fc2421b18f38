package org.shegong.platform.api.global;

import java.time.Instant;

/**
 * A cross-tenant record as its module sees it: the payload, and which operator wrote it first and
 * last (a tenant code, so the module can tell "ours" from "another operator's" without a query).
 */
public record GlobalRecord(String kind, String key, String payload, String createdByTenant, String updatedByTenant,
                           Instant updatedAt) {
}
