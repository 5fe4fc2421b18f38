package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.LAOJUNYING_COMMUNITY;
import static org.shegong.modules.childprotection.it.ChildProtectionApiIT.pick;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * At a child's door with a phone (headless Chromium at 390 px, a real Keycloak sign-in): from the resident's
 * page the social worker registers the resident as a child — a form sent without a category is refused with the
 * reason and writes nothing — and lands on the child's file; the resident page then links to it; a resident
 * without a birth date is asked for it first, the note fitting the phone. A form sent
 * with another operator's resident id put into its address is the 404 page, nothing written for either.
 */
@ExtendWith(ArquillianExtension.class)
class ChildRegistrationBrowserIT {

    private static final Pattern CHILD_ID = Pattern.compile("child\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWorkerRegistersAChildFromTheResidentPageOnAPhoneAndLandsOnTheFile() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        String name = "登" + pick() + pick() + pick() + "童";
        long resident = ChildRegistrationIT.resident(api, token, LAOJUNYING_COMMUNITY, name, ChildRegistrationIT.childBirthDate());

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "station/resident.xhtml?id=" + resident), "laojunying.worker", Keycloak.PASSWORD);
            assertTrue(phone.text().contains("未满 18 周岁，尚无儿童档案"), phone.text());
            phone.click("cpRegisterChild");
            assertTrue(phone.driver().getCurrentUrl().contains("childprotection/register.xhtml?residentId=" + resident),
                    phone.driver().getCurrentUrl());
            assertTrue(phone.text().contains(name), "the page names the resident: " + phone.text());
            assertTrue(phone.sidewaysScroll() <= 0, "nothing scrolls sideways on a phone: " + phone.sidewaysScroll() + "px");
            for (String field : List.of("category", "school", "grade", "gName", "gPhone")) {
                WebElement input = phone.element("registerForm:" + field);
                WebElement label = phone.driver().findElement(org.openqa.selenium.By.cssSelector("label[for='registerForm:" + field + "']"));
                assertTrue(label.getRect().getY() + label.getRect().getHeight() <= input.getRect().getY() + 1,
                        field + ": the label stands above its field");
                assertTrue(input.getRect().getX() + input.getRect().getWidth() <= 390, field + " fits the screen");
            }

            // No category: the register's reason, the form kept with what was typed, nothing written.
            phone.type("registerForm:school", "老军营小学");
            phone.type("registerForm:grade", "四年级");
            phone.click("registerForm:register");
            assertTrue(phone.text().contains("请选择儿童类别"), phone.text());
            assertEquals("老军营小学", phone.element("registerForm:school").getAttribute("value"), "what was typed is kept");

            new Select(phone.element("registerForm:category")).selectByValue("LEFT_BEHIND");
            phone.type("registerForm:gName", "王桂兰");
            phone.type("registerForm:gRelation", "祖母");
            phone.type("registerForm:gPhone", "13800001111");
            phone.click("registerForm:register");
            String url = phone.driver().getCurrentUrl();
            Matcher opened = CHILD_ID.matcher(url);
            assertTrue(opened.find(), "the child's file opens: " + url);
            String file = phone.text();
            assertTrue(file.contains("已登记儿童档案") && file.contains(name) && file.contains("留守儿童") && file.contains("老军营小学"), file);
            assertTrue(phone.sidewaysScroll() <= 0, "the file fits the phone too");
            String childId = opened.group(1);

            phone.driver().get(new URL(base, "station/resident.xhtml?id=" + resident).toString());
            phone.settle();
            assertTrue(phone.element("cpOpenChild").getAttribute("href").endsWith("child.xhtml?id=" + childId),
                    "the resident page links to the file now");
            assertTrue(phone.driver().findElements(org.openqa.selenium.By.id("cpRegisterChild")).isEmpty(), "and offers no second one");
            String view = api.get("childprotection/children/" + childId, token).body();
            assertTrue(view.contains("\"residentId\":" + resident) && view.contains("王桂兰"), view);

            // A resident without a birth date: on the phone the panel says the date is needed first, with no way to register.
            HttpResponse<String> made = api.post("residents", token, "{\"name\":\"无" + pick() + pick() + "日\",\"communityCode\":\""
                    + LAOJUNYING_COMMUNITY + "\"}");
            assertEquals(201, made.statusCode(), made.body());
            long undated = ChildProtectionApiIT.id(made.body());
            phone.driver().get(new URL(base, "station/resident.xhtml?id=" + undated).toString());
            phone.settle();
            assertTrue(phone.element("cpBirthDateNeeded").isDisplayed() && phone.text().contains("未登记出生日期"), phone.text());
            assertTrue(phone.driver().findElements(org.openqa.selenium.By.id("cpRegisterChild")).isEmpty(), "nothing to register");
            assertTrue(phone.sidewaysScroll() <= 0, "the note fits the phone: " + phone.sidewaysScroll() + "px");
        }
    }

    @Test
    void aFormSentWithAnotherOperatorsResidentInItsAddressIsNotFoundAndWritesNothing() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        long mine = ChildRegistrationIT.resident(api, token, LAOJUNYING_COMMUNITY, "址" + pick() + pick() + "童",
                ChildRegistrationIT.childBirthDate());
        long theirs = ChildRegistrationIT.resident(api, Keycloak.accessToken("wenmiao.worker"), Fixtures.COMMUNITY_WENMIAO,
                "址" + pick() + pick() + "汇", ChildRegistrationIT.childBirthDate());

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "childprotection/register.xhtml?residentId=" + mine), "laojunying.worker", Keycloak.PASSWORD);
            new Select(phone.element("registerForm:category")).selectByValue("MIGRANT");
            phone.type("registerForm:school", "老军营小学");
            phone.driver().executeScript("var f = document.getElementById('registerForm');"
                    + " f.action = f.action.split('?')[0] + '?residentId=' + arguments[0];", theirs);
            phone.click("registerForm:register");
            assertTrue(phone.text().contains("未找到"), "another operator's resident is not found: " + phone.text());
            assertFalse(phone.driver().getCurrentUrl().contains("child.xhtml"), "no file opened");

            // Nothing was written for my resident either: the form registers them now, once.
            phone.driver().get(new URL(base, "childprotection/register.xhtml?residentId=" + mine).toString());
            phone.settle();
            new Select(phone.element("registerForm:category")).selectByValue("MIGRANT");
            phone.type("registerForm:school", "老军营小学");
            phone.click("registerForm:register");
            assertTrue(phone.driver().getCurrentUrl().contains("child.xhtml?id="), phone.text());
        }
    }
}
