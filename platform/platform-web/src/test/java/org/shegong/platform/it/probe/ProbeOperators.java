package org.shegong.platform.it.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.it.Fixtures;

/**
 * Operators for the probe's tests, made once per test archive from 同心's descriptor (its two
 * streets, {@link #STREET_1} and {@link #STREET_2}) with the modules asked for.
 */
public final class ProbeOperators {

    /** 柳巷街道 and 庙前街道, the streets of 同心's contracts -002 and -004. */
    public static final String STREET_1 = "140106002000";
    public static final String STREET_2 = "140106004000";

    private static final Set<String> MADE = new HashSet<>();

    private ProbeOperators() {
    }

    /** Provisions the operator unless this archive already did; {@code modules} are a JSON array's items. */
    public static synchronized TenantId ensure(TenantProvisioning provisioning, String code, String name, String modules)
            throws IOException {
        return ensure(provisioning, code, name, modules, descriptor -> descriptor);
    }

    public static synchronized TenantId ensure(TenantProvisioning provisioning, String code, String name, String modules,
                                               java.util.function.UnaryOperator<String> adjust) throws IOException {
        if (MADE.add(code)) {
            Path dir = Files.createTempDirectory("probe-operators");
            Fixtures.provision(provisioning, dir, code, adjust.apply(Fixtures.operatorLikeTongxin(code, name, modules)));
        }
        return TenantId.of(code);
    }
}
