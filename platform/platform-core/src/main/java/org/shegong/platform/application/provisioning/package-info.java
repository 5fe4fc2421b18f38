/**
 * Applies the descriptors in {@code tenants/} (the region tree with its stations, and one file per
 * operator) to the database: read and check everything first, then write each file in one
 * transaction. Create or update only; nothing is ever deleted by provisioning.
 */
package org.shegong.platform.application.provisioning;
