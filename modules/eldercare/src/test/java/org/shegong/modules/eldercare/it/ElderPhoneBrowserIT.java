package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * At the door with a phone, in headless Chromium sized as one: the page fits the screen (nothing
 * scrolls sideways, the menu folds behind its button), and a social worker logs a visit and records
 * a blood-pressure reading over the limit, which opens a follow-up.
 */
@ExtendWith(ArquillianExtension.class)
class ElderPhoneBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWorkerLogsAVisitAndARecordingOnAPhoneSizedScreen() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        JsonArray mine = Json.createReader(new StringReader(api.get("residents?max=3", token).body())).readArray();
        long elder = mine.getJsonObject(2).getJsonNumber("id").longValue();
        String name = mine.getJsonObject(2).getString("name");
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("EMPTY_NEST")).statusCode());
        String note = "手机屏走访" + System.nanoTime() % 100_000;

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "eldercare/visit.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            long overflow = (Long) phone.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide");
            assertFalse(phone.driver().findElement(By.id("menu")).isDisplayed(), "the menu folds away on a phone");
            phone.driver().findElement(By.cssSelector("label.menu-button")).click();
            assertTrue(phone.driver().findElement(By.id("menu")).isDisplayed(), "and opens from its button");
            phone.driver().findElement(By.cssSelector("label.menu-button")).click();

            new Select(phone.element("visitForm:elder")).selectByVisibleText(name);
            new Select(phone.element("visitForm:kind")).selectByValue("HOME_VISIT");
            phone.type("visitForm:notes", note);
            phone.type("visitForm:needs", "需要助洁服务");
            phone.click("visitForm:logVisit");
            assertTrue(phone.text().contains("已登记走访"), phone.text());

            new Select(phone.element("visitForm:measure")).selectByValue("BLOOD_PRESSURE");
            phone.type("visitForm:value", "172");
            phone.type("visitForm:second", "98");
            phone.click("visitForm:recordReading");
            assertTrue(phone.text().contains("172/98"), phone.text());
            assertTrue(phone.text().contains("已生成跟进任务"), "over the systolic limit: " + phone.text());
        }
    }
}
