package org.shegong.platform.it.container;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Liberty's Arquillian container, except that an application stays deployed from one test class to
 * the next while the next class asks for the very same archive. Most classes do: every client-side
 * class deploys the shipped WAR, and every in-container class the WAR plus the run's test classes
 * ({@code ShegongDeployment}). Starting the application again for each class (about ten seconds: the
 * WAR scanned, CDI, the persistence unit, the migrations and {@code tenants/} checked) was most of
 * the suite's time. {@link SameDeploymentTogether} runs the classes that share an archive one after
 * another. An archive that differs (a probe module added) gets its own deployment, and the kept
 * application is undeployed first: two applications never run side by side.
 */
public class KeptDeployment extends WLPManagedContainer {

    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());

    private Archive<?> kept;
    private String keptContent;
    private ProtocolMetaData keptMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String content = ArchiveContent.of(archive);
        if (kept != null) {
            if (content.equals(keptContent)) {
                LOG.info(() -> "the same archive is still deployed (" + content.substring(0, 12) + "): not deployed again");
                kept = archive;
                return keptMetaData;
            }
            undeployKept();
        }
        ProtocolMetaData metaData = super.deploy(archive);
        kept = archive;
        keptContent = content;
        keptMetaData = metaData;
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (archive != kept) {
            super.undeploy(archive);
        }
        // else: kept for the next class; undeployed before a different archive, or at the end
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            LOG.warning("the kept application was not undeployed: " + e.getMessage());
        }
        super.stop();
    }

    private void undeployKept() throws DeploymentException {
        if (kept != null) {
            Archive<?> app = kept;
            kept = null;
            keptContent = null;
            keptMetaData = null;
            super.undeploy(app);
        }
    }
}
