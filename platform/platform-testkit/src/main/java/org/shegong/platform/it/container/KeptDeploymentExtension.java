package org.shegong.platform.it.container;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link KeptDeployment} in place of Liberty's own container for every integration test. */
public class KeptDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, WLPManagedContainer.class, KeptDeployment.class);
    }
}
