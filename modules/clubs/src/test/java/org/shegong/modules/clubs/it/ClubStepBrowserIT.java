package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.id;
import static org.shegong.modules.clubs.it.ClubsApiIT.json;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;
import static org.shegong.modules.clubs.it.ClubsApiIT.today;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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
 * The station lead records a step on a phone (headless Chromium at 390 px): the club page's step form has the
 * day of the step, labelled, today until the lead picks the day it happened, within the screen; a day to come is
 * refused with the reason beside the form and writes nothing; a day last month is the step's day in the path.
 */
@ExtendWith(ArquillianExtension.class)
class ClubStepBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeadDatesAStepTheDayItHappenedOnAPhone() throws Exception {
        Api api = new Api(base);
        String lead = Keycloak.accessToken("laojunying.lead");
        String name = "补录太极队" + UUID.randomUUID().toString().substring(0, 5);
        long club = id(json(ok(api.post("clubs", lead, ClubsApiIT.club(name, "CULTURE_SPORTS", ClubsApiIT.WULONGKOU)))));
        ok(api.post("clubs/" + club + "/milestones", lead, "{\"title\":\"制定内部规章\"}"));

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "clubs/club.xhtml?id=" + club), "laojunying.lead", Keycloak.PASSWORD);
            WebElement day = phone.element("clubForm:stepOn_input");
            assertEquals(today().toString(), day.getAttribute("value"), "today until the lead picks another day");
            WebElement label = phone.driver().findElement(By.cssSelector("label[for^='clubForm:stepOn']"));
            assertEquals("步骤日期（备案/登记日期）", label.getText());
            assertTrue(label.getRect().getY() + label.getRect().getHeight() <= day.getRect().getY() + 1, "the label stands above the day");
            assertTrue(day.getRect().getX() + day.getRect().getWidth() <= 390, "the day fits the screen");
            assertTrue(phone.sidewaysScroll() <= 0, "the club page fits the phone: " + phone.sidewaysScroll() + "px");

            phone.choose("clubForm:stepTo", 2);
            assertEquals("培育中", phone.element("clubForm:stepTo_label").getText());
            stepOn(phone, today().plusDays(1));
            phone.click("clubForm:step");
            assertTrue(phone.text().contains("步骤日期不能晚于今天"), phone.text());
            assertEquals(List.of("INTEREST_GROUP"), path(api, lead, club).stream().map(s -> s.getString("to")).toList(),
                    "a refused day writes nothing");

            LocalDate happened = today().minusMonths(1);
            phone.choose("clubForm:stepTo", 2);
            stepOn(phone, happened);
            phone.click("clubForm:step");
            assertTrue(phone.text().contains(happened.toString()), "the path shows the day it happened: " + phone.text());
            assertEquals(today().toString(), phone.element("clubForm:stepOn_input").getAttribute("value"), "the form is today again");
        }
        List<JsonObject> path = path(api, lead, club);
        assertEquals(List.of("INTEREST_GROUP", "INCUBATING"), path.stream().map(s -> s.getString("to")).toList());
        assertEquals(today().minusMonths(1).toString(), path.get(1).getString("movedOn"));
    }

    /** Puts the day into the picker's field (yyyy-MM-dd, the page's pattern), as NewClubBrowserIT does the founding day. */
    private static void stepOn(Chromium phone, LocalDate day) {
        phone.driver().executeScript("document.getElementById('clubForm:stepOn_input').value = arguments[0];", day.toString());
    }

    private static List<JsonObject> path(Api api, String token, long club) {
        return json(ok(api.get("clubs/" + club, token))).getJsonArray("path").getValuesAs(JsonObject.class);
    }
}
