package org.shegong.platform.domain.model.global;

import java.util.Optional;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * Cross-tenant module records, by exact (kind, key) only. There is deliberately no query that
 * lists them: a module must already know the key it asks for.
 */
public interface GlobalRecordRepository {

    /** The record's id and content. */
    record Stored(long id, GlobalRecord record) {
    }

    Optional<Stored> find(String kind, String key);

    /** Creates the record or replaces its payload, noting which tenant wrote it. */
    void put(String moduleId, String kind, String key, String payload, TenantId writer);
}
