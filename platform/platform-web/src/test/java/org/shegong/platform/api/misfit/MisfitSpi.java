package org.shegong.platform.api.misfit;

import org.shegong.platform.application.tenancy.TenantContext;

/**
 * Breaks "the API knows nothing of core": an API type naming core's tenant context. Test sources
 * only, so {@code LayerRulesCatchTest} can show the rule catches it.
 */
public interface MisfitSpi {

    TenantContext context();
}
