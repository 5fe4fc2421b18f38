package org.shegong.platform.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

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

    public static WebArchive withTests(Class<?>... testClasses) {
        return asShipped()
                .addClasses(testClasses)
                .addClasses(ShegongDeployment.class, Fixtures.class, ActAs.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "open-test-runner.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    }

    /** For client-side tests: the application as it ships, nothing added. */
    public static WebArchive asShipped() {
        String war = System.getProperty("shegong.war", "target/platform-web.war");
        return ShrinkWrap.create(WebArchive.class, "shegong-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(war)));
    }
}
