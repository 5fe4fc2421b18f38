package org.shegong.platform.it;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.shegong.platform.it.probe.ProbeModule;

/** The real WAR with the given in-container tests and the probe module (its classes, bundles and page). */
public final class ProbeDeployment {

    private ProbeDeployment() {
    }

    public static WebArchive withTests(Class<?>... tests) {
        return ShegongDeployment.withTests(tests)
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("org/shegong/platform/it/probe/messages.properties")
                .addAsResource("org/shegong/platform/it/probe/messages_zh_CN.properties")
                // the probe module's page (ModuleSwitchIT opens it, with the module on and off)
                .addAsWebResource(new StringAsset("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>probe</body></html>"),
                        "probe/index.xhtml");
    }
}
