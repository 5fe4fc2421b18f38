package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.array;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The club forms on a phone (headless Chromium at 390 px, a real Keycloak sign-in). 新建社团: from the clubs list a
 * social worker opens the form — each label above its field, nothing wider than the screen — and every bad input is
 * refused with its reason while nothing is written (no name, no kind, no community, a founding day to come, another
 * operator's community forced into the choice); then the club is created and its page opens. 编辑社团资料: from the
 * club's page the worker finds the leader by name among the station's residents only, and sees the leader named on
 * the club's page; bad input is refused writing nothing, a leader left alone or whose box is emptied is kept, the
 * tick box clears; another station's or operator's club is 404, and the operator admin has no edit button and 403.
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
            foundedOn(phone, ClubsApiIT.today().plusDays(3).toString());
            submit(phone);
            assertRefused(phone, "成立日期不能晚于今天");

            // Another operator's community (汇德's 文庙) put into the choice by hand.
            foundedOn(phone, ClubsApiIT.today().minusMonths(2).toString());
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
            assertTrue(file.contains(ClubsApiIT.today().minusMonths(2).toString()), "founded on the day typed: " + file);
        }
    }

    @Test
    void aWorkerEditsAClubOnAPhonePickingItsLeaderByNameAndOnlyAStationsResidentIsOffered() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String yingze = Keycloak.accessToken("yingze.worker");
        String huide = Keycloak.accessToken("wenmiao.lead");
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String name = "编辑舞蹈队" + tag;
        String leaderName = "领队" + pick() + pick() + pick();
        String idNumber = Fixtures.freshIdNumber();
        resident(api, worker, ClubsApiIT.WULONGKOU, leaderName, idNumber, "13812345678");
        // The same name at the operator's other station: never offered to 老军营's worker.
        resident(api, yingze, Fixtures.COMMUNITY_YINGZE, leaderName, Fixtures.freshIdNumber(), "13912345678");
        long club = ClubsApiIT.id(ClubsApiIT.json(ok(api.post("clubs", worker, ClubsApiIT.club(name, "CULTURE_SPORTS", ClubsApiIT.WULONGKOU)))));
        long yingzeClub = ClubsApiIT.id(ClubsApiIT.json(ok(api.post("clubs", yingze,
                ClubsApiIT.club("迎泽编辑" + tag, "CHARITY", Fixtures.COMMUNITY_YINGZE)))));
        long huideClub = ClubsApiIT.id(ClubsApiIT.json(ok(api.post("clubs", huide, ClubsApiIT.club("文庙编辑" + tag, "CHARITY",
                ClubsApiIT.WENMIAO)))));

        // Another station's and another operator's club: 404 before any form is drawn.
        PageSession own = new PageSession();
        HttpResponse<String> otherStation = own.signIn(new URL(base, "clubs/edit.xhtml?id=" + yingzeClub).toURI(), "laojunying.worker",
                Keycloak.PASSWORD);
        assertEquals(404, otherStation.statusCode(), otherStation.uri().toString());
        HttpResponse<String> otherOperator = own.get(new URL(base, "clubs/edit.xhtml?id=" + huideClub).toURI());
        assertEquals(404, otherOperator.statusCode());
        assertFalse(otherStation.body().contains("editClubForm") || otherOperator.body().contains("editClubForm"), "no form");
        // The operator admin reads clubs but does not keep them: no button, and the service refuses the page.
        PageSession admin = new PageSession();
        String adminView = admin.signIn(new URL(base, "clubs/club.xhtml?id=" + club).toURI(), "hope.admin", Keycloak.PASSWORD).body();
        assertTrue(adminView.contains(name), "the admin reads the club");
        assertFalse(adminView.contains("id=\"editClub\""), "and is offered no edit");
        // nor any other form whose click the service would refuse (members, activities, plan, path, charters)
        for (String form : List.of("clubForm:memberSearch", "clubForm:planActivity", "clubForm:plan", "clubForm:step", "clubForm:propose")) {
            assertFalse(adminView.contains("id=\"" + form), "the admin is offered no " + form);
        }
        assertFalse(admin.get(new URL(base, "clubs/clubs.xhtml").toURI()).body().contains("newClub"), "nor 新建社团 on the list");
        assertEquals(403, admin.get(new URL(base, "clubs/edit.xhtml?id=" + club).toURI()).statusCode());
        // the station's worker, who keeps clubs, is offered them all
        String workerView = own.get(new URL(base, "clubs/club.xhtml?id=" + club).toURI()).body();
        for (String form : List.of("editClub", "clubForm:memberSearch", "clubForm:planActivity", "clubForm:plan", "clubForm:propose")) {
            assertTrue(workerView.contains("id=\"" + form), "the worker is offered " + form);
        }
        assertTrue(workerView.contains("aria-label=\"添加里程碑\"") && workerView.contains("title=\"添加里程碑\""),
                "the icon-only 'add milestone' button is named for a screen reader and as a tooltip");
        assertFalse(workerView.contains(">ui-button<"), "no button is read aloud as \"ui-button\"");
        assertTrue(own.get(new URL(base, "clubs/clubs.xhtml").toURI()).body().contains("newClub"), "and 新建社团");

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "clubs/club.xhtml?id=" + club), "laojunying.worker", Keycloak.PASSWORD);
            openEdit(phone);
            assertTrue(phone.sidewaysScroll() <= 0, "nothing scrolls sideways on a phone: " + phone.sidewaysScroll() + "px");
            for (String field : List.of("name", "kind", "community", "foundedOn", "leader", "contact", "teacher", "place", "schedule")) {
                WebElement label = phone.driver().findElement(By.cssSelector("label[for^='editClubForm:" + field + "']"));
                WebElement input = phone.element("editClubForm:" + field + (Set.of("foundedOn", "leader", "contact").contains(field) ? "_input" : ""));
                assertTrue(label.getRect().getY() + label.getRect().getHeight() <= input.getRect().getY() + 1,
                        field + ": the label stands above its field");
                assertTrue(input.getRect().getX() + input.getRect().getWidth() <= 390, field + " fits the screen");
            }
            assertEquals(name, phone.element("editClubForm:name").getAttribute("value"), "the form starts from the club");

            List<WebElement> offered = search(phone, "leader", leaderName);
            assertEquals(1, offered.size(), "only the station's own resident of that name: "
                    + offered.stream().map(WebElement::getText).toList());
            String shown = offered.get(0).getText();
            assertTrue(shown.contains(leaderName) && shown.contains("五龙口三社区") && shown.contains("138****5678"), shown);
            assertFalse(shown.contains("13812345678") || shown.contains(idNumber) || shown.contains("1401**"),
                    "no whole phone, no ID number, not even masked: " + shown);
            offered.get(0).click();
            phone.settle();
            assertTrue(phone.element("editClubForm:leader_input").getAttribute("value").contains(leaderName));

            phone.type("editClubForm:name", " ");
            save(phone);
            assertEditRefused(phone, "请填写社团名称");
            assertTrue(phone.element("editClubForm:leader_input").getAttribute("value").contains(leaderName), "the choice is kept");
            phone.type("editClubForm:name", name);
            foundedOn(phone, "editClubForm", ClubsApiIT.today().plusDays(2).toString());
            save(phone);
            assertEditRefused(phone, "成立日期不能晚于今天");
            JsonObject stored = clubOf(api, worker, club);
            assertFalse(stored.containsKey("leaderId") && !stored.isNull("leaderId"), "nothing written by a refused form: " + stored);
            assertEquals(ClubsApiIT.today().minusYears(1).toString(), stored.getString("foundedOn"));

            foundedOn(phone, "editClubForm", ClubsApiIT.today().minusMonths(3).toString());
            save(phone);
            String page = phone.text();
            assertTrue(phone.driver().getCurrentUrl().contains("clubs/club.xhtml?id=" + club), phone.driver().getCurrentUrl());
            assertTrue(page.contains("已保存社团资料"), page);
            assertTrue(people(phone).startsWith("负责人：" + leaderName + " ·"), people(phone));
            assertTrue(page.contains("负责人：— → " + leaderName), "the change is in the club's history: " + page);
            assertTrue(phone.sidewaysScroll() <= 0, "the club page fits the phone");

            // A later edit that leaves the leader alone, or empties the box by accident, keeps the leader.
            openEdit(phone);
            phone.element("editClubForm:leader_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            assertEquals("", phone.element("editClubForm:leader_hinput").getAttribute("value"), "the leader's box is empty");
            phone.type("editClubForm:place", "五龙口社区二楼活动室");
            save(phone);
            assertTrue(phone.text().contains("五龙口社区二楼活动室"), phone.text());
            assertTrue(people(phone).startsWith("负责人：" + leaderName + " ·"), "kept: " + people(phone));

            // Only the tick box clears.
            openEdit(phone);
            phone.click("editClubForm:clearLeader");
            save(phone);
            assertTrue(people(phone).startsWith("负责人：— ·"), "cleared: " + people(phone));
        }
        JsonObject after = clubOf(api, worker, club);
        assertFalse(after.containsKey("leaderId") && !after.isNull("leaderId"), after.toString());
        assertEquals(ClubsApiIT.today().minusMonths(3).toString(), after.getString("foundedOn"));
    }

    /** The club page's line naming its leader, contact and teacher. */
    private static String people(Chromium phone) {
        phone.settle();
        return phone.element("clubPeople").getText();
    }

    /**
     * Buttons that could only fail are not offered: 已举办 on an activity still to come ("尚未到活动日期"), and the
     * path's step and the charter's approval to a social worker ("每一步须由站长确认"); the station lead is offered
     * them, and a step the lead's evidence does not support is refused next to the path's form on a phone, not
     * only at the top of the page, a screen or more away.
     */
    @Test
    void onlyButtonsTheClubWouldAcceptAreOfferedAndARefusedStepIsSaidBesideItsForm() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long club = ClubsApiIT.id(ClubsApiIT.json(ok(api.post("clubs", worker, ClubsApiIT.club("按钮书画队" + pick() + pick(),
                "CULTURE_SPORTS", ClubsApiIT.WULONGKOU)))));
        ok(api.post("clubs/" + club + "/activities", worker, ClubsApiIT.activity("ACTIVITY", "将来的笔会", today.plusDays(30))));
        ok(api.post("clubs/" + club + "/activities", worker, ClubsApiIT.activity("ACTIVITY", "今天的笔会", today)));
        ok(api.post("clubs/" + club + "/charters", worker, "{\"text\":\"第一条 每周活动一次。\"}"));

        PageSession own = new PageSession();
        String workerView = own.signIn(new URL(base, "clubs/club.xhtml?id=" + club).toURI(), "laojunying.worker",
                Keycloak.PASSWORD).body();
        List<String> doneButtons = Pattern.compile("id=\"(clubForm:activities:\\d+:activityDone)\"").matcher(workerView).results()
                .map(m -> m.group(1)).toList();
        assertEquals(1, doneButtons.size(), "已举办 only on the activity whose day has come: " + doneButtons);
        assertTrue(rowOf(workerView, doneButtons.get(0)).contains("今天的笔会"), "today's, not the one in 30 days");
        assertFalse(workerView.contains("id=\"clubForm:step\""), "a worker is offered no 站长确认");
        assertFalse(workerView.contains(":approve\""), "nor the charter's approval");

        PageSession lead = new PageSession();
        String leadView = lead.signIn(new URL(base, "clubs/club.xhtml?id=" + club).toURI(), "laojunying.lead",
                Keycloak.PASSWORD).body();
        assertTrue(leadView.contains("id=\"clubForm:step\"") && leadView.contains(":approve\""), "the lead is offered both");

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "clubs/club.xhtml?id=" + club), "laojunying.lead", Keycloak.PASSWORD);
            phone.click("clubForm:step");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("clubForm:stepMessages")).getText().contains("请选择要进入的阶段"));
            assertFalse(phone.element("clubForm:messages").getText().contains("请选择要进入的阶段"),
                    "the reason is beside the path's form, not only at the top");
        }
    }

    /** The table row ({@code <tr>…</tr>}) in which the element with this id is drawn. */
    private static String rowOf(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static void openEdit(Chromium phone) {
        phone.click("editClub");
        new WebDriverWait(phone.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("clubs/edit.xhtml"));
        phone.settle();
    }

    /** Types into a person field as a person does and waits for what the search offers. */
    private static List<WebElement> search(Chromium phone, String field, String text) {
        phone.element("editClubForm:" + field + "_input").sendKeys(text);
        By panel = By.id("editClubForm:" + field + "_panel");
        By items = By.cssSelector("[id='editClubForm:" + field + "_panel'] li.ui-autocomplete-item");
        // The items once the panel has finished opening (a click while it fades in can miss).
        return new WebDriverWait(phone.driver(), Duration.ofSeconds(15)).until(d -> {
            List<WebElement> shown = d.findElements(items).stream().filter(WebElement::isDisplayed).toList();
            List<String> classes = List.of(d.findElement(panel).getAttribute("class").split("\\s+"));
            boolean opening = classes.contains("ui-connected-overlay-enter") || classes.contains("ui-connected-overlay-enter-active");
            return shown.isEmpty() || opening ? null : shown;
        });
    }

    private static void save(Chromium phone) {
        phone.click("editClubForm:save");
    }

    private static void assertEditRefused(Chromium phone, String reason) {
        String text = phone.text();
        assertTrue(text.contains(reason), reason + " in: " + text);
        assertTrue(phone.driver().getCurrentUrl().contains("clubs/edit.xhtml"), "still on the form");
    }

    private static JsonObject clubOf(Api api, String token, long club) {
        return ClubsApiIT.json(ok(api.get("clubs/" + club, token))).getJsonObject("club");
    }

    private static void resident(Api api, String token, String community, String name, String idNumber, String phone) {
        HttpResponse<String> made = api.post("residents", token, "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"" + phone + "\",\"communityCode\":\"" + community + "\"}");
        assertEquals(201, made.statusCode(), made.body());
    }

    private static char pick() {
        String pool = "春夏秋冬梅兰竹菊松柏云霞星月晨曦安宁乐欣悦怡静雅思雨雪丹青玉";
        return pool.charAt(ThreadLocalRandom.current().nextInt(pool.length()));
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
        foundedOn(phone, "newClubForm", day);
    }

    private static void foundedOn(Chromium phone, String form, String day) {
        phone.driver().executeScript("document.getElementById(arguments[0] + ':foundedOn_input').value = arguments[1];", form, day);
    }

    private static List<String> clubsAt(Api api, String token) {
        return array(ok(api.get("clubs?community=" + ClubsApiIT.WULONGKOU, token))).stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("name")).toList();
    }
}
