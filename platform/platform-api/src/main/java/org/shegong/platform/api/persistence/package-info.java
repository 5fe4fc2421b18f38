/**
 * Base classes every persistent entity extends. Tenant-owned entities extend
 * {@link org.shegong.platform.api.persistence.TenantOwnedEntity}; global registries (regions,
 * operators, contracts, stations) extend {@link org.shegong.platform.api.persistence.AuditedEntity}.
 */
package org.shegong.platform.api.persistence;
