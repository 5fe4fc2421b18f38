package org.shegong.platform.api.global;

import java.util.Optional;

/**
 * Small records a module keeps across tenants, e.g. a volunteer's identity keyed by the ID-number
 * blind index, so that one person serving two operators is one person. Everything else a module
 * stores is tenant-owned; this is the one sanctioned exception, and it is narrow:
 *
 * <ul>
 *   <li>a record is found by its exact key only: there is no listing and no search;</li>
 *   <li>{@code kind} is {@code <module id>.<name>}: only the current tenant's enabled module of that
 *       id may read or write it (anything else is refused), so the records are reachable only
 *       through that module's own services;</li>
 *   <li>every lookup — found or not — is written to the asking tenant's audit trail, in the lookup's
 *       transaction, with the kind and a shortened key, never the payload;</li>
 *   <li>the payload is short text (at most 4000 characters) the module owns, e.g. JSON; keep
 *       personal data out of it where a key or a tenant-owned row can carry it.</li>
 * </ul>
 * All calls but {@link #findPublic} need a tenant (a request or a {@link org.shegong.platform.api.job.TenantJob} run).
 */
public interface GlobalRecords {

    int MAX_KEY = 128;
    int MAX_PAYLOAD = 4000;

    /**
     * Writes the record of that kind and key, created or replaced whole. An empty payload is refused
     * (it would erase the record): remove it instead.
     *
     * @param purpose why it is written, for the audit trail (e.g. "志愿者登记")
     */
    void put(String kind, String key, String payload, String purpose);

    /**
     * The record of that kind and key, if any tenant wrote one. Audited, found or not.
     *
     * @param purpose why it is looked up, for the audit trail (e.g. "核对志愿者身份")
     */
    Optional<GlobalRecord> find(String kind, String key, String purpose);

    /**
     * The record of that kind and key for anyone, with or without a tenant or a sign-in: only for a
     * kind its module lists in {@code ShegongModule.publicRecordKinds()} (any other kind is refused),
     * and only while the operator that wrote it has the module on (else empty, as if never written).
     * Still by exact key only. Not audited: no operator asks, and a public page must stay cheap; put
     * only what the public may see in such a record, under a key no one can guess.
     */
    Optional<GlobalRecord> findPublic(String kind, String key);
}
