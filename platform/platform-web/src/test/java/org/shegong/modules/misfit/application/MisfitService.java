package org.shegong.modules.misfit.application;

import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.platform.application.tenancy.TenantContext;

/** Breaks "modules use only the API" (core's tenant context) and "no module needs another" (elder care). */
public class MisfitService {

    TenantContext tenantContext;

    ElderRegister elders;
}
