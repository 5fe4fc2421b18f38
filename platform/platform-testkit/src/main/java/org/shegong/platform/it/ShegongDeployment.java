package org.shegong.platform.it;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The real application WAR, as built, plus the test classes: integration tests run against what
 * ships, not against a hand-picked subset. The archive has its own name, so it never collides with
 * the application of the run server.
 */
public final class ShegongDeployment {

    private ShegongDeployment() {
    }

    /**
     * Arquillian runs in-container tests through its own servlet, which the application's "sign in
     * for everything" constraint would send to Keycloak. A web fragment opens exactly that servlet
     * path, in the test archive only; the shipped WAR is unchanged.
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_test_runner</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>arquillian</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    /** The run's test classes (top level), as {@code container.SameDeploymentTogether} found them. */
    private static volatile List<Class<?>> run = List.of();

    /** Tells the kit which test classes this run has (before any deployment is made). */
    public static void runHas(List<Class<?>> testClasses) {
        run = List.copyOf(testClasses);
    }

    /**
     * The real WAR plus {@code testClasses}, the run's other test classes and the kit's clients. Every
     * in-container class of a run thus deploys the same archive, which the kit's container keeps
     * deployed from one class to the next ({@code container.KeptDeployment}); the extra classes are
     * only loaded when a test uses them. An archive that adds more (a probe module) is its own.
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        return shippedWar()
                .addClasses(testClasses)
                .addClasses(run.toArray(Class<?>[]::new))
                .addClasses(ShegongDeployment.class, Fixtures.class, ActAs.class, SqlStatements.class)
                .addClasses(Api.class, Keycloak.class, PageSession.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "open-test-runner.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    }

    /**
     * For client-side tests: the application as it ships, nothing added. Every such archive is the
     * same, so the kit's container deploys it once for all of them ({@code container.KeptDeployment}).
     */
    public static WebArchive asShipped() {
        return shippedWar();
    }

    private static WebArchive shippedWar() {
        String war = System.getProperty("shegong.war", "target/platform-web.war");
        return ShrinkWrap.create(WebArchive.class, "shegong-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(war)));
    }
}
