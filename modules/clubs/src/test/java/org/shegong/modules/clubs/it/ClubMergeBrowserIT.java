package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.id;
import static org.shegong.modules.clubs.it.ClubsApiIT.json;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The merge wizard on a phone-sized screen: the lead ticks two teams, picks the one they join,
 * confirms, and lands on a link to the merged club; the other team is closed as merged into it.
 */
@ExtendWith(ArquillianExtension.class)
class ClubMergeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeadMergesTwoTeamsThroughTheWizard() throws Exception {
        Api api = new Api(base);
        String lead = Keycloak.accessToken("laojunying.lead");
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long keep = id(json(ok(api.post("clubs", lead, ClubsApiIT.club("向导甲" + tag, "CHARITY", ClubsApiIT.WULONGKOU)))));
        long gone = id(json(ok(api.post("clubs", lead, ClubsApiIT.club("向导乙" + tag, "CHARITY", ClubsApiIT.WULONGKOU)))));

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "clubs/merge.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide, beyond the screen: "
                    + phone.driver().executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8)"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(' | ');"));
            label(phone, "向导甲" + tag).click();
            label(phone, "向导乙" + tag).click();
            next(phone);
            label(phone, "向导甲" + tag).click();
            next(phone);
            assertTrue(phone.text().contains("向导乙" + tag), phone.text());
            phone.click("mergeForm:doMerge");
            assertTrue(phone.text().contains("合并完成"), phone.text());
            phone.driver().findElement(By.id("mergeForm:mergedLink")).click();
            phone.settle();
            assertTrue(phone.text().contains("向导乙" + tag), "the merged team is listed on the club's page: " + phone.text());
            assertTrue(phone.text().contains("活动与演出") && phone.text().contains("尚无活动"),
                    "the club's activities, in Chinese only: " + phone.text());
        }

        assertEquals("MERGED", json(ok(api.get("clubs/" + gone, lead))).getJsonObject("club").getString("stage"));
        assertEquals(keep, json(ok(api.get("clubs/" + gone, lead))).getJsonObject("club").getJsonNumber("mergedIntoId").longValue());
    }

    /** The label of a check box or radio button, by the club's name: PrimeFaces hides the real inputs, people click the label. */
    private static WebElement label(Chromium phone, String name) {
        return phone.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + name + "')]"));
    }

    private void next(Chromium phone) {
        phone.driver().findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        phone.settle();
    }
}
