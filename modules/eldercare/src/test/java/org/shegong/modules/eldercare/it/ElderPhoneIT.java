package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
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
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * A social worker at the door, in a phone-sized window: logs a visit and records a reading; taps a
 * due item to log it for that elder, and a reading clears the elder's 健康监测.
 *
 * <p>In headless Chromium sized as a phone: the page fits the screen (nothing scrolls sideways, the menu
 * folds behind its button), and a visit and a blood-pressure reading over the limit, which opens a
 * follow-up.
 */
@ExtendWith(ArquillianExtension.class)
class ElderPhoneIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWorkerLogsAVisitAndRecordsAReadingFromAPhone() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        JsonArray mine = elders(api, token, 2);
        long elder = mine.getJsonObject(1).getJsonNumber("id").longValue();
        String name = mine.getJsonObject(1).getString("name");
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("ALONE")).statusCode());
        String note = "手机走访测试" + System.nanoTime() % 100_000;

        try (Browser browser = new Browser()) {
            browser.client().getCurrentWindow().setInnerWidth(375);
            browser.client().getCurrentWindow().setInnerHeight(667);
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "eldercare/visit.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            assertEquals(200, page.getWebResponse().getStatusCode(), page.asNormalizedText());
            assertTrue(page.asXml().contains("width=device-width"), "the page is laid out for the phone's width");

            HtmlSelect elderSelect = (HtmlSelect) page.getElementById("visitForm:elder");
            assertTrue(elderSelect.getOptions().stream().anyMatch(o -> o.getText().equals(name)), "the elder is offered");
            elderSelect.setSelectedAttribute(String.valueOf(elder), true);
            ((HtmlSelect) page.getElementById("visitForm:kind")).setSelectedAttribute("HOME_VISIT", true);
            ((HtmlTextArea) page.getElementById("visitForm:notes")).setText(note);
            ((HtmlInput) page.getElementById("visitForm:needs")).setValue("需要助餐服务");
            page = ((HtmlElement) page.getElementById("visitForm:logVisit")).click();
            assertTrue(page.asNormalizedText().contains("已登记走访"), page.asNormalizedText());

            ((HtmlSelect) page.getElementById("visitForm:measure")).setSelectedAttribute("BLOOD_PRESSURE", true);
            ((HtmlInput) page.getElementById("visitForm:value")).setValue("168");
            ((HtmlInput) page.getElementById("visitForm:second")).setValue("96");
            page = ((HtmlElement) page.getElementById("visitForm:recordReading")).click();
            String text = page.asNormalizedText();
            assertTrue(text.contains("已记录读数") && text.contains("168/96"), text);
            assertTrue(text.contains("已生成跟进任务"), "over the systolic limit: " + text);

            ((HtmlInput) page.getElementById("visitForm:value")).setValue("");
            page = ((HtmlElement) page.getElementById("visitForm:recordReading")).click();
            assertTrue(page.asNormalizedText().contains("请填写血压读数"), "an empty reading is refused: " + page.asNormalizedText());
            ((HtmlInput) page.getElementById("visitForm:value")).setValue("abc");
            page = ((HtmlElement) page.getElementById("visitForm:recordReading")).click();
            String notANumber = page.asNormalizedText();
            assertTrue(notANumber.contains("“abc”不是数字"), "Faces' message in the portal's words: " + notANumber);
            assertFalse(notANumber.contains("必须为带符号十进制数") || notANumber.contains("visitForm:"), notANumber);

            // Back at the desk: the elder's page shows the visit, the reading and the open follow-up,
            // which closes only with a note. (Chart.js draws on a canvas HtmlUnit only half supports.)
            browser.client().getOptions().setThrowExceptionOnScriptError(false);
            HtmlPage elderPage = (HtmlPage) browser.open(new URL(base, "eldercare/elder.xhtml?residentId=" + elder));
            assertEquals(200, elderPage.getWebResponse().getStatusCode(), elderPage.asNormalizedText());
            String desk = elderPage.asNormalizedText();
            assertTrue(desk.contains(note) && desk.contains("168/96 mmHg") && desk.contains("收缩压 168 ≥ 160"), desk);
            assertTrue(desk.contains("收缩压 168 ≥ 160 mmHg（1 次读数超标）"), "the count of readings over is said, not a bare (1): " + desk);
            assertFalse(desk.contains("at or over the limit"), "the follow-up's reason in the page's language only: " + desk);
            assertFalse(desk.contains("laojunying.worker") || desk.matches("(?s).*\\bsystem\\b.*"), "people by name, not by login: " + desk);
            elderPage = ((HtmlElement) elderPage.getElementById("elderForm:followUps:0:close")).click();
            assertTrue(elderPage.asNormalizedText().contains("关闭跟进任务须填写处理说明"), elderPage.asNormalizedText());
            ((HtmlInput) elderPage.getElementById("elderForm:followUps:0:note")).setValue("已电话联系家属，次日复测");
            elderPage = ((HtmlElement) elderPage.getElementById("elderForm:followUps:0:close")).click();
            assertTrue(elderPage.asNormalizedText().contains("跟进任务已关闭"), elderPage.asNormalizedText());
            assertTrue(elderPage.asNormalizedText().contains("已电话联系家属，次日复测"), elderPage.asNormalizedText());

            for (String other : new String[] {"overdue.xhtml", "referrals.xhtml", "fraud.xhtml", "elders.xhtml"}) {
                HtmlPage shown = (HtmlPage) browser.open(new URL(base, "eldercare/" + other));
                assertEquals(200, shown.getWebResponse().getStatusCode(), other + ": " + shown.asNormalizedText());
            }
        }

        JsonArray visits = array(api.get("eldercare/elders/" + elder + "/visits", token).body());
        assertTrue(visits.stream().anyMatch(v -> note.equals(v.asJsonObject().getString("notes", ""))), visits.toString());
        JsonArray readings = array(api.get("eldercare/elders/" + elder + "/readings", token).body());
        assertEquals(1, readings.size(), "one reading stored, the refused one not: " + readings);
    }

    @Test
    void aTappedDueItemOpensTheFormForThatElderAndAReadingClearsItsHealthCheck() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        // An elder with no readings yet (the demo elders had one two days ago), from the end of the list.
        JsonArray mine = elders(api, token, 40);
        int chosen = -1;
        for (int i = mine.size() - 1; i >= 3 && chosen < 0; i--) {
            HttpResponse<String> readings = api.get("eldercare/elders/" + mine.getJsonObject(i).getJsonNumber("id") + "/readings", token);
            if (readings.statusCode() == 200 && array(readings.body()).isEmpty()) {
                chosen = i;
            }
        }
        assertTrue(chosen > 0, "a resident with no readings: " + mine);
        long elder = mine.getJsonObject(chosen).getJsonNumber("id").longValue();
        String name = mine.getJsonObject(chosen).getString("name");
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("ALONE")).statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // A health check every two weeks, three days overdue; the home visit is not due for weeks. Once
        // the check is done, the next one lies beyond the 7-day horizon of "my due visits".
        String plan = "{\"startsOn\":\"" + today.minusDays(17) + "\",\"reviewOn\":\"" + today.plusMonths(6)
                + "\",\"needs\":\"高血压\",\"goals\":\"每周测血压\",\"everyDays\":{\"HEALTH_MONITORING\":14,\"HOME_VISIT\":60},"
                + "\"responsibleWorker\":\"laojunying.worker\"}";
        HttpResponse<String> planned = api.post("eldercare/elders/" + elder + "/plans", token, plan);
        assertTrue(planned.statusCode() / 100 == 2, planned.body());
        String healthCheck = "residentId=" + elder + "&kind=HEALTH_MONITORING";

        try (Browser browser = new Browser()) {
            browser.client().getCurrentWindow().setInnerWidth(390);
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "eldercare/visit.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            String before = page.asNormalizedText();
            assertTrue(before.contains(name + " · 健康监测"), "the due item by the kind's label: " + before);
            assertEquals(today.toString(), ((HtmlInput) page.getElementById("visitForm:visitedOn")).getValue(), "the date starts at today");
            HtmlAnchor due = page.getAnchors().stream().filter(a -> a.getHrefAttribute().contains(healthCheck)).findFirst()
                    .orElseThrow(() -> new AssertionError("the due item is a link: " + page.asXml()));
            assertTrue(due.getHrefAttribute().endsWith("#log"), "it lands at the form, past the due list: " + due.getHrefAttribute());

            HtmlPage form = due.click();
            assertEquals(String.valueOf(elder), ((HtmlSelect) form.getElementById("visitForm:elder")).getSelectedOptions().get(0).getValueAttribute(),
                    "the tapped elder is chosen, not picked again");
            assertEquals("HEALTH_MONITORING", ((HtmlSelect) form.getElementById("visitForm:kind")).getSelectedOptions().get(0).getValueAttribute());
            assertEquals(today.toString(), ((HtmlInput) form.getElementById("visitForm:visitedOn")).getValue());
            assertTrue(form.getElementById("visitForm:forElder").asNormalizedText().contains(name), form.asNormalizedText());

            ((HtmlSelect) form.getElementById("visitForm:measure")).setSelectedAttribute("BLOOD_PRESSURE", true);
            ((HtmlInput) form.getElementById("visitForm:value")).setValue("128");
            ((HtmlInput) form.getElementById("visitForm:second")).setValue("82");
            HtmlPage after = ((HtmlElement) form.getElementById("visitForm:recordReading")).click();
            assertTrue(after.asNormalizedText().contains("已记录读数：血压 128/82"), after.asNormalizedText());
            assertFalse(after.getAnchors().stream().anyMatch(a -> a.getHrefAttribute().contains(healthCheck)),
                    "the reading was the elder's 健康监测: " + after.asNormalizedText());
            HtmlPage reopened = (HtmlPage) browser.open(new URL(base, "eldercare/visit.xhtml"));
            assertFalse(reopened.getAnchors().stream().anyMatch(a -> a.getHrefAttribute().contains(healthCheck)), reopened.asNormalizedText());

            // The elder page for no id, a malformed one and an unknown one: 未找到, never a stack trace.
            for (String query : new String[] {"", "?residentId=abc", "?residentId=-1", "?residentId=999999999"}) {
                Page notFound = browser.open(new URL(base, "eldercare/elder.xhtml" + query));
                String body = notFound.getWebResponse().getContentAsString();
                assertEquals(404, notFound.getWebResponse().getStatusCode(), query + ": " + body);
                assertTrue(body.contains("未找到") && !body.contains("Exception") && !body.contains("at org."), query + ": " + body);
            }
        }
        JsonArray due = array(api.get("eldercare/visits/due", token).body());
        assertFalse(due.stream().anyMatch(d -> d.asJsonObject().getJsonNumber("residentId").longValue() == elder
                && "HEALTH_MONITORING".equals(d.asJsonObject().getString("kind"))), "the API agrees: " + due);
    }

    /**
     * On the elder's page, 走访登记 → opens the visit form for that elder, on the screen: it linked to the
     * bare form, below the due list, and the worker had to find and pick the elder again.
     */
    @Test
    void theElderPageOpensTheVisitFormForThatElderOnTheScreen() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        JsonArray mine = elders(api, token, 4);
        long elder = mine.getJsonObject(3).getJsonNumber("id").longValue();
        String name = mine.getJsonObject(3).getString("name");
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("ALONE")).statusCode());

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.asPhone();
            phone.signIn(new URL(base, "eldercare/elder.xhtml?residentId=" + elder), "laojunying.worker", Keycloak.PASSWORD);
            phone.click("elderForm:logVisit");
            assertTrue(phone.driver().getCurrentUrl().contains("residentId=" + elder), phone.driver().getCurrentUrl());
            assertEquals(String.valueOf(elder), new Select(phone.element("visitForm:elder")).getFirstSelectedOption().getAttribute("value"),
                    "the elder is chosen, not picked again");
            assertTrue(phone.element("visitForm:forElder").getText().contains(name), phone.text());
            assertTrue(phone.comesIntoView("visitForm:elder"), "the form on the screen: " + phone.whereIs("visitForm:elder"));
            assertTrue(phone.comesIntoView("visitForm:visitedOn"), "its date too: " + phone.whereIs("visitForm:visitedOn"));
        }
    }

    /** A due item's tap word (登记 ›) stands apart from the item's words: the date ran into it ("2026-10-20登记 ›"). */
    @Test
    void aDueItemsTapWordStandsApartFromItsDate() throws Exception {
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.asPhone();
            phone.signIn(new URL(base, "eldercare/visit.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            // The narrowest gap, in pixels, between a due item's words and its tap word on the same line.
            Object gap = phone.driver().executeScript("let min = null;"
                    + "document.querySelectorAll('#myDue a').forEach(a => { const start = a.querySelector('.start');"
                    + "  const s = start.getBoundingClientRect(); const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT); let n;"
                    + "  while ((n = walk.nextNode())) { if (start.contains(n) || !n.textContent.trim()) continue;"
                    + "    const r = document.createRange(); r.selectNodeContents(n);"
                    + "    for (const b of r.getClientRects()) { if (b.width > 0 && b.bottom > s.top + 2 && b.top < s.bottom - 2) {"
                    + "      min = min === null ? s.left - b.right : Math.min(min, s.left - b.right); } } } });"
                    + "return min;");
            assertNotNull(gap, "the demo worker has due items beside their tap word: " + phone.text());
            assertTrue(((Number) gap).doubleValue() >= 8, "the date stands apart from 登记 ›: " + gap + " px");
        }
    }

    /**
     * The anti-fraud page's list of elders on a phone: each checkbox a box level with the elder's name. Given
     * a field's 2.5rem height, a checkbox was drawn at the top of a 40 px box and its name sat below it.
     */
    @Test
    void theAntiFraudPagesCheckboxesStandLevelWithTheEldersNames() throws Exception {
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.asPhone();
            phone.signIn(new URL(base, "eldercare/fraud.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            List<?> boxes = (List<?>) phone.driver().executeScript("return [...document.querySelectorAll("
                    + "\"[id='fraudForm:attendees'] input[type=checkbox]\")].map(c => { const l = document.querySelector(\"label[for='\" + c.id + \"']\");"
                    + "  const b = c.getBoundingClientRect(), n = l.getBoundingClientRect();"
                    + "  return [b.height, Math.abs((b.top + b.bottom) / 2 - (n.top + n.bottom) / 2), l.textContent.trim()]; });");
            assertFalse(boxes.isEmpty(), "老军营's elders to tick: " + phone.text());
            for (Object box : boxes) {
                List<?> b = (List<?>) box;
                assertTrue(((Number) b.get(0)).doubleValue() <= 30, "a box, not a field's height: " + b);
                assertTrue(((Number) b.get(1)).doubleValue() <= 4, "level with the elder's name: " + b);
            }
        }
    }

    private static JsonArray elders(Api api, String token, int max) {
        var elders = Json.createArrayBuilder();
        org.shegong.platform.it.Fixtures.elders(api, token, max).forEach(elders::add);
        return elders.build();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    // In Chromium: one deployment with the HtmlUnit phone tests (each deployment costs the suite ~8 s)

    @Test
    void aWorkerLogsAVisitAndARecordingOnAPhoneSizedScreen() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        JsonArray mine = elders(api, token, 3);
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
            assertTrue(phone.text().contains("已登记走访：" + name + " · 上门探访"), "the message names whose visit was saved: " + phone.text());

            new Select(phone.element("visitForm:measure")).selectByValue("BLOOD_PRESSURE");
            phone.type("visitForm:value", "172");
            phone.type("visitForm:second", "98");
            phone.click("visitForm:recordReading");
            assertTrue(phone.text().contains("172/98"), phone.text());
            assertTrue(phone.text().contains("已生成跟进任务"), "over the systolic limit: " + phone.text());
        }
    }
}
