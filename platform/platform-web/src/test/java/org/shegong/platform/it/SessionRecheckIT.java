package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * Issue 10 item 16: a page session's identity is looked up in Keycloak again (every 2 s on the test
 * server, {@code shegong.session.recheck-seconds}; 3 min by default). A leaver disabled in Keycloak
 * is signed out at their next request and cannot sign in again; a person given another role works
 * with the new one without signing in again. Each test makes its own account, so no demo login changes.
 * (A Keycloak outage keeping sessions is {@code KeycloakOutageIT}'s "a session from before keeps working".)
 * Also issue 15: Keycloak's login page speaks Chinese by default and asks username and password together.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRecheckIT {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLeaverDisabledInKeycloakIsSignedOutAtTheNextRequestAndCannotSignInAgain() throws Exception {
        String username = account("social-worker");
        URL home = new URL(base, "station/home.xhtml");
        try (Browser kept = new Browser(); Browser fresh = new Browser()) {
            Page in = kept.signIn(home, username, Keycloak.PASSWORD);
            assertEquals(200, in.getWebResponse().getStatusCode());
            assertTrue(onPage(in, "/station/home.xhtml"), "signed in: " + in.getUrl());

            Keycloak.admin("PUT", "/realms/shegong/users/" + Keycloak.userId(username), "{\"enabled\":false}");

            waitUntil(() -> {
                Page next = open(kept, home);
                return next != null && !onPage(next, "/station/home.xhtml");
            }, "the disabled account's session ends");
            Page again = kept.open(home);
            assertFalse(onPage(again, "/station/home.xhtml"), "the session stays ended: " + again.getUrl());

            Page refused = fresh.signIn(home, username, Keycloak.PASSWORD);
            assertFalse(onPage(refused, "/station/home.xhtml"), "a disabled login cannot sign in: " + refused.getUrl());
        }
    }

    @Test
    void aRoleChangedInKeycloakTakesEffectWithoutSigningInAgain() throws Exception {
        String username = account("operator-admin");
        URL staff = new URL(base, "operator/staff.xhtml");
        URL home = new URL(base, "station/home.xhtml");
        try (Browser browser = new Browser()) {
            Page in = browser.signIn(staff, username, Keycloak.PASSWORD);
            assertEquals(200, in.getWebResponse().getStatusCode(), "an operator admin opens the staff page");
            assertTrue(onPage(in, "/operator/staff.xhtml"), in.getUrl().toString());

            String id = Keycloak.userId(username);
            Keycloak.admin("DELETE", "/realms/shegong/users/" + id + "/role-mappings/realm",
                    "[" + Keycloak.adminGet("/realms/shegong/roles/operator-admin") + "]");
            Keycloak.admin("POST", "/realms/shegong/users/" + id + "/role-mappings/realm",
                    "[" + Keycloak.adminGet("/realms/shegong/roles/social-worker") + "]");

            waitUntil(() -> {
                Page page = open(browser, staff);
                return page != null && page.getWebResponse().getStatusCode() == 403;
            }, "the staff page refuses the former operator admin");
            Page work = browser.open(home);
            assertEquals(200, work.getWebResponse().getStatusCode(), "the new role works in the same session");
            assertTrue(onPage(work, "/station/home.xhtml"), work.getUrl().toString());
        }
    }

    @Test
    void keycloaksLoginPageIsChineseByDefaultWithUsernameAndPasswordOnOneScreen() throws Exception {
        try (Browser browser = new Browser()) {
            // A phone set to Chinese, as the social workers' are (HtmlUnit itself asks for English,
            // which the realm also offers and then shows).
            browser.client().addRequestHeader("Accept-Language", "zh-CN,zh;q=0.9");
            Page login = browser.open(new URL(base, "station/home.xhtml"));
            assertTrue(Browser.isLoginForm(login), "Keycloak's login form: " + login.getUrl());
            HtmlPage page = (HtmlPage) login;
            assertTrue(page.getDocumentElement().getAttribute("lang").startsWith("zh"),
                    "lang=" + page.getDocumentElement().getAttribute("lang"));
            assertTrue(page.asNormalizedText().contains("登录"), page.asNormalizedText());
            // One screen: the username and the password are asked together (the realm's own browser flow).
            org.htmlunit.html.HtmlInput user = page.getFirstByXPath("//input[@id='username']");
            org.htmlunit.html.HtmlInput password = page.getFirstByXPath("//input[@id='password']");
            assertTrue(user != null && !"hidden".equals(user.getTypeAttribute()), "a username field");
            assertTrue(password != null, "a password field on the same page");
        }
    }

    /** A fresh account of operator hope at 老军营 with one realm role and the demo password. */
    private static String account(String role) {
        String username = "recheck." + role.replace("-", "") + "." + System.nanoTime();
        Keycloak.adminCreate("/realms/shegong/users", """
                {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@demo.shegong.local",
                 "firstName":"测试","lastName":"韩",
                 "attributes":{"tenant":["hope"],"stations":["140106005000"]},
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, Keycloak.PASSWORD));
        Keycloak.admin("POST", "/realms/shegong/users/" + Keycloak.userId(username) + "/role-mappings/realm",
                "[" + Keycloak.adminGet("/realms/shegong/roles/" + role) + "]");
        return username;
    }

    private static boolean onPage(Page page, String path) {
        return page.getUrl().getPath().endsWith(path) && !Browser.isLoginForm(page);
    }

    private static Page open(Browser browser, URL url) {
        try {
            return browser.open(url);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Polls until the condition holds, failing after the bound; no fixed sleeps. */
    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
