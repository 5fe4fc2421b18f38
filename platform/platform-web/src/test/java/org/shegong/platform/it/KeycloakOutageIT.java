package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.htmlunit.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.devstack.TestStack;
import org.shegong.platform.it.container.StackOutage;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * Keycloak stopped, then started again: tokens and sessions from before keep working, a new
 * sign-in shows the portal's "登录服务暂时不可用" page instead of a browser error, and a sign-out
 * during the outage holds once Keycloak is back (the next sign-in from that browser asks for the
 * password, though Keycloak's own session survived). Keycloak runs again before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
@StackOutage
class KeycloakOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    private boolean stopped;

    @AfterEach
    void keycloakRunsAgain() {
        if (stopped) {
            TestStack.startKeycloak();
            stopped = false;
        }
    }

    @Test
    void aSignInOutageIsSaidPlainlyAndASignOutDuringItHolds() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("yingze.worker");
        URL home = new URL(base, "station/home.xhtml");
        try (Browser kept = new Browser(); Browser fresh = new Browser()) {
            Page signedIn = kept.signIn(home, "yingze.worker", Keycloak.PASSWORD);
            assertEquals(200, signedIn.getWebResponse().getStatusCode());
            assertFalse(Browser.isLoginForm(signedIn));

            // The server fetches Keycloak's keys with the first token it checks, and keeps them.
            assertEquals(200, api.get("residents", token).statusCode());

            TestStack.stopKeycloak();
            stopped = true;
            assertEquals(200, api.get("residents", token).statusCode(), "a token issued before keeps working");
            Page stillIn = kept.open(home);
            assertEquals(200, stillIn.getWebResponse().getStatusCode(), "a session from before keeps working");
            assertFalse(Browser.isLoginForm(stillIn));
            waitUntil(Duration.ofSeconds(40), () -> {
                Page page = open(fresh, home);
                return page != null && page.getWebResponse().getStatusCode() == 503
                        && page.getWebResponse().getContentAsString().contains("登录服务暂时不可用");
            }, "a new sign-in shows the portal's page");

            Page signedOut = Browser.signOut(kept.open(home));
            assertTrue(signedOut.getUrl().toString().contains("/public/stations"),
                    "signing out while Keycloak is away lands on the portal, not on a dead address: " + signedOut.getUrl());

            TestStack.startKeycloak();
            stopped = false;
            waitUntil(Duration.ofSeconds(40), () -> {
                Page page = open(kept, home);
                return page != null && Browser.isLoginForm(page);
            },
                    "after Keycloak's return, the signed-out browser is asked for the password");
        }
    }

    /**
     * The page the browser ends on, or null while it ends on an address that does not answer (until
     * the portal's probe has noticed Keycloak's absence, a sign-in is still sent there).
     */
    private static Page open(Browser browser, URL url) {
        try {
            return browser.open(url);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Polls until the condition holds, failing after the limit; no fixed sleeps. */
    private static void waitUntil(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
