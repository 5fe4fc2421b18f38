package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
 * Links stacked one under another on a phone, each of which does something at once, are a thumb's
 * height apart: a project's 取消关联 links (19 px tall, 5 px apart, one tap unlinks an activity) and the
 * burn-up page's contracts (21 px, 3 px apart).
 */
@ExtendWith(ArquillianExtension.class)
class PhoneTapBrowserIT {

    /** A thumb's target: Android asks 48 dp, iOS 44 pt; these are no less than a phone-sized button here (2.5rem). */
    static final int THUMB = 36;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aProjectsUnlinkLinksAreEachAThumbsHeight() throws Exception {
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.asPhone();
            // the demo project (other tests make projects at this station too, so not the list's first row)
            long demo = Keycloak.json("{\"l\":" + new Api(base)
                    .get("projects?max=500", Keycloak.accessToken("laojunying.worker")).body() + "}").getJsonArray("l").stream()
                    .map(JsonObject.class::cast).filter(p -> p.getString("name").equals("银发守护·防诈骗进社区"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            phone.signIn(new URL(base, "station/project.xhtml?id=" + demo), "laojunying.worker", Keycloak.PASSWORD);
            List<WebElement> unlinks = phone.driver().findElements(By.cssSelector("a[id$=':unlink']"));
            assertTrue(unlinks.size() >= 2, "the demo project has linked activities: " + phone.text());
            assertApart(phone, unlinks);

            // A tap on one asks first (it unlinked at once); answering no keeps every link.
            unlinks.get(0).click();
            phone.settle();
            WebElement no = phone.driver().findElements(By.cssSelector(".ui-confirmdialog-no")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow(() -> new AssertionError("no question asked: " + phone.text()));
            assertTrue(phone.text().contains("确定取消这项活动与清单事项的关联？活动本身不会删除。"), phone.text());
            no.click();
            phone.settle();
            assertEquals(unlinks.size(), phone.driver().findElements(By.cssSelector("a[id$=':unlink']")).size(), "nothing unlinked");
        }
    }

    @Test
    void theBurnUpPagesContractsAreEachAThumbsHeight() throws Exception {
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.asPhone();
            phone.signIn(new URL(base, "operator/burnup.xhtml"), "hope.admin", Keycloak.PASSWORD);
            List<WebElement> contracts = phone.driver().findElements(By.cssSelector("#chooser a"));
            assertTrue(contracts.size() >= 2, "hope has two contracts in force: " + phone.text());
            assertApart(phone, contracts);
        }
    }

    /** Each link at least {@link #THUMB} px tall, and none overlapping the next. */
    private static void assertApart(Chromium phone, List<WebElement> links) {
        Map<?, ?> previous = null;
        for (WebElement link : links) {
            Map<?, ?> box = (Map<?, ?>) phone.driver().executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height};", link);
            assertNotNull(box);
            double height = ((Number) box.get("height")).doubleValue();
            assertTrue(height >= THUMB, "'" + link.getText() + "' is " + height + " px tall");
            if (previous != null) {
                assertTrue(((Number) box.get("top")).doubleValue() >= ((Number) previous.get("bottom")).doubleValue() - 1,
                        "'" + link.getText() + "' does not overlap the link above: " + box + " after " + previous);
            }
            previous = box;
        }
    }
}
