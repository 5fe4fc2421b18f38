/**
 * The platform's registers as modules see them: small read-only cards, always inside the current
 * tenant and the signed-in person's stations. Modules refer to platform records by id only.
 */
package org.shegong.platform.api.directory;
