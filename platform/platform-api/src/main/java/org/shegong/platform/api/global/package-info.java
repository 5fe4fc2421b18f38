/** Cross-tenant records kept for a module by the platform: lookup by key only, every lookup audited. */
package org.shegong.platform.api.global;
