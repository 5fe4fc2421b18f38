package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * A module switched off for an operator, as its people see it in Chromium: the elder-care module is
 * on for 希望 (hope) and off for 晋阳 (jinyang, whose descriptor does not list it). Its menu entries
 * show for one and not the other, and its page answers 404 to the other — the status read by the
 * page itself, with the signed-in session.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleSwitchBrowserIT {

    static final String MODULE_PAGE = "eldercare/elders.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void onForOneOperatorOffForAnother() throws Exception {
        try (Chromium hope = new Chromium()) {
            hope.signIn(new URL(base, "station/home.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            assertTrue(menu(hope).contains("老人档案"), "on for hope: " + menu(hope) + " at " + hope.driver().getCurrentUrl());
            assertEquals(200, status(hope, MODULE_PAGE));
            hope.driver().get(new URL(base, MODULE_PAGE).toString());
            assertTrue(hope.text().contains("老人"), hope.text());
        }
        try (Chromium jinyang = new Chromium()) {
            jinyang.signIn(new URL(base, "station/home.xhtml"), "haozhuang.lead", Keycloak.PASSWORD);
            List<String> menu = menu(jinyang);
            assertTrue(menu.contains("服务对象"), "the platform's own entries are there: " + menu);
            assertFalse(menu.stream().anyMatch(e -> e.contains("老人") || e.contains("应访未访")), "off for jinyang: " + menu);
            assertEquals(404, status(jinyang, MODULE_PAGE), "its page is not there for jinyang");
            assertEquals(404, new Api(base).get("eldercare/visits/due", Keycloak.accessToken("haozhuang.lead")).statusCode(),
                    "nor its API, for a phone with a valid token");
            assertEquals(200, status(jinyang, "station/residents.xhtml"));
        }
    }

    private static List<String> menu(Chromium browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(
                d -> !d.findElements(By.cssSelector("nav#menu a.menu-entry")).isEmpty());
        return browser.driver().findElements(By.cssSelector("nav#menu a.menu-entry")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** The HTTP status of a same-origin GET made by the page, with the person's session. */
    private int status(Chromium browser, String path) throws Exception {
        Object status = browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'}).then(r => done(r.status));",
                new URL(base, path).toString());
        return ((Number) status).intValue();
    }
}
