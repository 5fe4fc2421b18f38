package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.array;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;

import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * 新建社团 on a phone (headless Chromium at 390 px, a real Keycloak sign-in): from the clubs list a social
 * worker opens the form — each label above its field, nothing wider than the screen — and every bad input is
 * refused with its reason while nothing is written (no name, no kind, no community, a founding day to come,
 * another operator's community forced into the choice); then the club is created and its page opens.
 */
@ExtendWith(ArquillianExtension.class)
class NewClubBrowserIT {

    private static final Pattern CLUB_ID = Pattern.compile("club\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWorkerCreatesAClubOnAPhoneAndBadInputIsRefusedWithItsReasonWritingNothing() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String name = "新建舞蹈队" + UUID.randomUUID().toString().substring(0, 5);
        int before = clubsAt(api, worker).size();

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "clubs/clubs.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            phone.driver().findElement(By.linkText("新建社团")).click();
            phone.settle();
            assertTrue(phone.driver().getCurrentUrl().contains("clubs/new.xhtml"), phone.driver().getCurrentUrl());
            assertTrue(phone.sidewaysScroll() <= 0, "nothing scrolls sideways on a phone: " + phone.sidewaysScroll() + "px");
            for (String field : List.of("name", "kind", "community", "foundedOn", "teacher", "place", "schedule")) {
                WebElement label = phone.driver().findElement(By.cssSelector("label[for^='newClubForm:" + field + "']"));
                WebElement input = phone.element("newClubForm:" + ("foundedOn".equals(field) ? "foundedOn_input" : field));
                assertTrue(label.getRect().getY() + label.getRect().getHeight() <= input.getRect().getY() + 1,
                        field + ": the label stands above its field");
                assertTrue(input.getRect().getX() + input.getRect().getWidth() <= 390, field + " fits the screen");
            }

            submit(phone);
            assertRefused(phone, "请填写社团名称");

            phone.type("newClubForm:name", name);
            submit(phone);
            assertRefused(phone, "请选择社团类别");
            assertEquals(name, phone.element("newClubForm:name").getAttribute("value"), "what was typed is kept");

            new Select(phone.element("newClubForm:kind")).selectByValue("CULTURE_SPORTS");
            submit(phone);
            assertRefused(phone, "请选择所属社区");

            new Select(phone.element("newClubForm:community")).selectByValue(ClubsApiIT.WULONGKOU);
            foundedOn(phone, ClubsApiIT.TODAY.plusDays(3).toString());
            submit(phone);
            assertRefused(phone, "成立日期不能晚于今天");

            // Another operator's community (汇德's 文庙) put into the choice by hand.
            foundedOn(phone, ClubsApiIT.TODAY.minusMonths(2).toString());
            phone.driver().executeScript("var s = document.getElementById('newClubForm:community');"
                    + " s.add(new Option('x', arguments[0])); s.value = arguments[0];", ClubsApiIT.WENMIAO);
            submit(phone);
            assertRefused(phone, "所选的值不在可选范围内");
            assertTrue(phone.text().contains("所属社区"), "the refusal names the field: " + phone.text());
            assertEquals(before, clubsAt(api, worker).size(), "nothing written by any refused form");

            new Select(phone.element("newClubForm:community")).selectByValue(ClubsApiIT.WULONGKOU);
            phone.type("newClubForm:place", "五龙口社区活动室");
            submit(phone);
            Matcher opened = CLUB_ID.matcher(phone.driver().getCurrentUrl());
            assertTrue(opened.find(), "the new club's page opens: " + phone.driver().getCurrentUrl());
            String page = phone.text();
            assertTrue(page.contains("已新建社团") && page.contains(name) && page.contains("文体活动") && page.contains("兴趣小组")
                    && page.contains("五龙口社区活动室"), page);
            assertTrue(phone.sidewaysScroll() <= 0, "the club page fits the phone");

            List<String> listed = clubsAt(api, worker);
            assertEquals(before + 1, listed.size());
            assertEquals(1, listed.stream().filter(name::equals).count(), listed.toString());
            String file = ok(api.get("clubs/" + opened.group(1), worker));
            assertTrue(file.contains(ClubsApiIT.TODAY.minusMonths(2).toString()), "founded on the day typed: " + file);
        }
    }

    private static void submit(Chromium phone) {
        phone.click("newClubForm:create");
    }

    private static void assertRefused(Chromium phone, String reason) {
        String text = phone.text();
        assertTrue(text.contains(reason), reason + " in: " + text);
        assertTrue(phone.driver().getCurrentUrl().contains("clubs/new.xhtml"), "still on the form");
    }

    /** Types the founding day as the date picker's text (its calendar is a person's other way in). */
    private static void foundedOn(Chromium phone, String day) {
        phone.driver().executeScript("document.getElementById('newClubForm:foundedOn_input').value = arguments[0];", day);
    }

    private static List<String> clubsAt(Api api, String token) {
        return array(ok(api.get("clubs?community=" + ClubsApiIT.WULONGKOU, token))).stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("name")).toList();
    }
}
