package org.shegong.platform.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real application WAR, as built, plus the test classes: integration tests run against what
 * ships, not against a hand-picked subset. The archive has its own name, so it never collides with
 * the application of the run server.
 */
public final class ShegongDeployment {

    private ShegongDeployment() {
    }

    public static WebArchive withTests(Class<?>... testClasses) {
        return asShipped()
                .addClasses(testClasses)
                .addClasses(ShegongDeployment.class, Fixtures.class);
    }

    /** For client-side tests: the application as it ships, nothing added. */
    public static WebArchive asShipped() {
        String war = System.getProperty("shegong.war", "target/platform-web.war");
        return ShrinkWrap.create(WebArchive.class, "shegong-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(war)));
    }
}
