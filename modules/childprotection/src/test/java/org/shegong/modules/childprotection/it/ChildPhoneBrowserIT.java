package org.shegong.modules.childprotection.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * At the child's door with a phone (headless Chromium at 390 px): the session page fits the screen and a
 * social worker logs a home-tutoring session for a child of their caseload, which the case then shows; the
 * child page's consent and referral forms work there, keep their tab open after a save, and a referral
 * without a partner or without the consent it needs is refused with the reason and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ChildPhoneBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWorkerLogsAHomeTutoringSessionOnAPhoneSizedScreen() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        String pool = "春夏秋冬梅兰竹菊松柏云霞星月晨曦安宁乐欣悦怡静雅思雨雪丹青玉";
        StringBuilder picked = new StringBuilder("手机");
        for (int i = 0; i < 3; i++) {
            picked.append(pool.charAt(ThreadLocalRandom.current().nextInt(pool.length())));
        }
        String name = picked.append('童').toString();
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(10).minusDays(ThreadLocalRandom.current().nextInt(300));
        String first17 = "140106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        long resident = id(api.post("residents", token, "{\"name\":\"" + name + "\",\"idNumber\":\"" + first17 + IdNumber.checkCharFor(first17)
                + "\",\"phone\":\"13800000000\",\"communityCode\":\"140106005001\",\"categories\":[\"CHILD\"]}").body());
        long child = id(api.post("childprotection/children", token, "{\"residentId\":" + resident + ",\"category\":\"MIGRANT\","
                + "\"inSchool\":true,\"school\":\"老军营小学\",\"grade\":\"四年级\"}").body());
        long caseId = id(api.post("childprotection/children/" + child + "/cases", token, "{\"source\":\"SCHOOL\",\"risk\":\"LOW\"}").body());

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "childprotection/session.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide");
            new Select(phone.element("sessionForm:case")).selectByVisibleText(name);
            new Select(phone.element("sessionForm:kind")).selectByValue("HOME_TUTORING");
            // A number the field cannot read is refused with the field's name, not "此项".
            phone.type("sessionForm:minutes", "abc");
            phone.click("sessionForm:log");
            assertTrue(phone.text().contains("时长（分钟）：“abc”"), phone.text());
            phone.type("sessionForm:minutes", "60");
            phone.type("sessionForm:content", "语文：阅读理解");
            phone.type("sessionForm:tutor", "李老师");
            Object background = phone.driver().executeScript(
                    "return getComputedStyle(document.getElementById('sessionForm:log')).backgroundColor;");
            assertEquals("rgb(33, 150, 243)", background, "the action looks like one, not like the browser's grey (disabled-looking) default");
            phone.click("sessionForm:log");
            assertTrue(phone.text().contains("已登记服务"), phone.text());
        }
        String sessions = api.get("childprotection/cases/" + caseId + "/sessions", token).body();
        assertEquals(1, Json.createReader(new StringReader(sessions)).readArray().size(), sessions);
        assertTrue(sessions.contains("阅读理解") && sessions.contains("HOME_TUTORING"), sessions);
    }

    @Test
    void theChildPageFitsAPhoneAndItsConsentFormGivesAndWithdrawsWithTheEffectShown() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        String name = "页" + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + "童";
        long child = ChildProtectionApiIT.registerChild(api, token, ChildProtectionApiIT.LAOJUNYING_COMMUNITY, name);

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "childprotection/child.xhtml?id=" + child), "laojunying.worker", Keycloak.PASSWORD);
            assertTrue(phone.text().contains(name), phone.text());
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide");

            phone.driver().findElement(By.linkText("同意")).click();
            phone.type("tabs:consentForm:cGuardian", "王桂兰");
            phone.click("tabs:consentForm:cScopes:0");
            phone.click("tabs:consentForm:giveConsent");
            assertTrue(phone.text().contains("已登记监护人同意"), phone.text());
            assertTrue(phone.source().contains("按所列范围记录和共享"), "the effect of the consent is shown");
            // The save kept the consent tab open: its withdrawal field is there to type in, no tab clicked.
            assertTrue(phone.element("tabs:consentForm:wReason").isDisplayed(), "the consent tab stays open after the save");
            phone.type("tabs:consentForm:wReason", "家长不愿继续");
            phone.click("tabs:consentForm:withdrawConsent");
            assertTrue(phone.text().contains("已撤回同意"), phone.text());
            assertTrue(phone.text().contains("家长不愿继续"), "the withdrawal and its reason are shown, on the consent tab still");
        }
        String view = api.get("childprotection/children/" + child, token).body();
        assertTrue(view.contains("\"consentWithdrawnOn\":\"" + ChildProtectionApiIT.today() + "\""), view);
    }

    @Test
    void theNoteTypedAtIntakeIsInTheStepLogAndIsTheRiskReasonAfterAReloadAndTheFormIsEmptied() throws Exception {
        long child = ChildProtectionApiIT.registerChild(new Api(base), Keycloak.accessToken("laojunying.worker"),
                ChildProtectionApiIT.LAOJUNYING_COMMUNITY, "接" + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + "童");
        URL page = new URL(base, "childprotection/child.xhtml?id=" + child + "&tab=3");
        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(page, "laojunying.worker", Keycloak.PASSWORD);
            new Select(phone.element("tabs:stepForm:source")).selectByValue("SCHOOL");
            new Select(phone.element("tabs:stepForm:risk")).selectByValue("MEDIUM");
            phone.type("tabs:stepForm:note", "学校反映情绪低落");
            phone.click("tabs:stepForm:intake");
            assertTrue(phone.text().contains("已保存该步骤"), phone.text());
            assertEquals("", phone.element("tabs:stepForm:note").getAttribute("value"), "the next step's form starts empty");

            phone.driver().get(page.toString());
            String steps = phone.element("tabs:steps").getText();
            assertTrue(steps.contains("学校反映情绪低落"), "the intake's line says what was typed: " + steps);
            assertTrue(steps.contains("风险等级 中"), "and its risk by its label: " + steps);
            assertTrue(phone.element("riskReasons").getText().contains("学校反映情绪低落"), phone.text());
        }
    }

    @Test
    void aReferralIsMadeAndAcceptedOnTheChildPageAndBadInputShowsTheReasonAndWritesNothing() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        String name = "转" + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + "童";
        long child = ChildProtectionApiIT.registerChild(api, token, ChildProtectionApiIT.LAOJUNYING_COMMUNITY, name);
        long caseId = id(api.post("childprotection/children/" + child + "/cases", token, "{\"source\":\"SCHOOL\",\"risk\":\"MEDIUM\"}").body());
        String referrals = "childprotection/cases/" + caseId + "/referrals";

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            // ?tab= opens the page on a tab: the referrals tab, without scrolling the tab bar on a phone.
            phone.signIn(new URL(base, "childprotection/child.xhtml?id=" + child + "&tab=6"), "laojunying.worker", Keycloak.PASSWORD);
            assertTrue(phone.element("tabs:referForm:rPartner").isDisplayed(), "the referrals tab is open");
            assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString(),
                    phone.element("tabs:referForm:rDue").getAttribute("value"), "the SLA's due day is prefilled");

            // No partner named: the reason, on the referrals tab still, and nothing written.
            new Select(phone.element("tabs:referForm:rKind")).selectByValue("POLICE");
            phone.type("tabs:referForm:rReason", "疑似遭受虐待");
            phone.click("tabs:referForm:refer");
            assertTrue(phone.text().contains("请填写转介对象"), phone.text());
            assertTrue(phone.element("tabs:referForm:rPartner").isDisplayed(), "the referrals tab stays open after a refusal");
            assertEquals(0, ChildProtectionApiIT.array(api.get(referrals, token).body()).size(), "a refused referral writes nothing");

            // A school needs the guardian's consent to sharing with it, which this child has not given.
            new Select(phone.element("tabs:referForm:rKind")).selectByValue("SCHOOL");
            phone.type("tabs:referForm:rPartner", "老军营小学");
            phone.click("tabs:referForm:refer");
            assertTrue(phone.text().contains("尚无监护人同意，不能共享"), phone.text());
            assertEquals(0, ChildProtectionApiIT.array(api.get(referrals, token).body()).size(), "refused for want of consent, nothing written");

            // Mandatory reporting needs no consent: made, listed on the tab that stayed open, then accepted.
            new Select(phone.element("tabs:referForm:rKind")).selectByValue("POLICE");
            phone.type("tabs:referForm:rPartner", "老军营派出所");
            phone.click("tabs:referForm:refer");
            String made = phone.text();
            assertTrue(made.contains("已发起转介") && made.contains("老军营派出所") && made.contains("已转介"), made);
            long overflow = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "nothing scrolls sideways on a phone: " + overflow + "px too wide");

            phone.click("tabs:referralsForm:referrals:0:accept");
            String accepted = phone.text();
            assertTrue(accepted.contains("已记录对方答复") && accepted.contains("已接收"), accepted);
        }
        var listed = ChildProtectionApiIT.array(api.get(referrals, token).body());
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("ACCEPTED", listed.getJsonObject(0).getString("status"));
        assertEquals("老军营派出所", listed.getJsonObject(0).getString("partnerName"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString(), listed.getJsonObject(0).getString("dueBy"));
    }

    /**
     * Issue 15: each row of the lead's approvals has its own reason. A reason typed for one case never
     * sends back another; sending back a case with its own box empty is refused with the reason and
     * changes nothing; the page fits a phone with the boxes and both buttons in each row.
     */
    @Test
    void eachApprovalRowSendsBackWithItsOwnReasonAndAnEmptyOneIsRefused() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String lead = Keycloak.accessToken("laojunying.lead");
        String first = "审" + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + "甲童";
        String second = "审" + ChildProtectionApiIT.pick() + ChildProtectionApiIT.pick() + "乙童";
        long[] firstChildAndCase = submittedPlan(api, worker, first);
        long firstCase = firstChildAndCase[1];
        long secondCase = submittedPlan(api, worker, second)[1];

        try (Chromium phone = new Chromium(Chromium.PHONE)) {
            phone.signIn(new URL(base, "childprotection/approvals.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            assertTrue(phone.sidewaysScroll() <= 0, "nothing scrolls sideways on a phone: " + phone.sidewaysScroll() + "px too wide");
            // what is to be approved: each label set off from its value (they ran together: "服务目标学习成绩…")
            assertTrue(phone.text().contains("服务目标：") && phone.text().contains("回访间隔（天）："), phone.text());
            // the reason is typed into the second row; the first row's refuse has an empty box of its own
            rowInput(phone, second).sendKeys("计划目标不具体，请补充");
            rowButton(phone, first, "refuse").click();
            phone.settle();
            assertTrue(phone.text().contains("请填写退回理由"), "the first row's own reason is required: " + phone.text());
            assertEquals("PLAN_SUBMITTED", stage(api, lead, firstCase), "a refused send-back changes nothing");
            assertEquals("PLAN_SUBMITTED", stage(api, lead, secondCase), "another row's reason sends nothing back");

            rowButton(phone, second, "refuse").click();
            phone.settle();
            assertTrue(phone.text().contains("已退回"), phone.text());

            // The lead is not assigned to the child: the page asks why first. In English at 390 px the
            // purpose buttons ("Covering a colleague") wrap or stack: none is clipped or runs off the screen.
            phone.driver().get(new URL(base, "childprotection/child.xhtml?id=" + firstChildAndCase[0]).toString());
            phone.settle();
            org.openqa.selenium.WebElement language = phone.element("language:lang");
            new Select(language).selectByValue("en");
            new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(language));
            phone.settle();
            java.util.List<org.openqa.selenium.WebElement> purposes = phone.driver().findElements(By.cssSelector("#purposeChooser a.ui-button"));
            assertTrue(purposes.size() >= 2 && phone.text().contains("Supervision"), "the purposes, in English: " + phone.text());
            long width = (Long) phone.driver().executeScript("return document.documentElement.clientWidth;");
            for (org.openqa.selenium.WebElement purpose : purposes) {
                long clipped = (Long) phone.driver().executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", purpose);
                assertTrue(clipped <= 0, "'" + purpose.getText() + "' is clipped by " + clipped + " px");
                assertTrue(purpose.getRect().getX() + purpose.getRect().getWidth() <= width,
                        "'" + purpose.getText() + "' runs off the " + width + " px screen: " + purpose.getRect());
            }
            assertTrue(phone.sidewaysScroll() <= 0, "nothing scrolls sideways: " + phone.sidewaysScroll());
        }
        assertEquals("PLAN_SUBMITTED", stage(api, lead, firstCase));
        assertEquals("ASSESSED", stage(api, lead, secondCase), "sent back with its own reason");
        String history = api.get("childprotection/cases/" + secondCase + "/history", lead).body();
        assertTrue(history.contains("计划目标不具体，请补充"), history);
    }

    /** A new child at 老军营 and its case, whose plan the worker has submitted: {child id, case id}. */
    private static long[] submittedPlan(Api api, String worker, String name) {
        long child = ChildProtectionApiIT.registerChild(api, worker, ChildProtectionApiIT.LAOJUNYING_COMMUNITY, name);
        long caseId = id(api.post("childprotection/children/" + child + "/cases", worker, "{\"source\":\"SCHOOL\",\"risk\":\"MEDIUM\"}").body());
        assertEquals(200, api.post("childprotection/cases/" + caseId + "/assessment", worker,
                "{\"risk\":\"MEDIUM\",\"reasons\":\"放学后无人看护\",\"needs\":[\"SAFETY\"]}").statusCode());
        assertEquals(200, api.post("childprotection/cases/" + caseId + "/plan", worker,
                "{\"goals\":\"建立稳定照护\",\"actions\":\"每周上门\",\"reviewEveryDays\":30}").statusCode());
        return new long[] {child, caseId};
    }

    private static String stage(Api api, String lead, long caseId) {
        return Json.createReader(new StringReader(api.get("childprotection/cases/" + caseId + "?purpose=SUPERVISION", lead).body()))
                .readObject().getString("stage");
    }

    private static org.openqa.selenium.WebElement rowInput(Chromium phone, String child) {
        return phone.driver().findElement(By.xpath("//tr[contains(., '" + child + "')]//input[contains(@id, ':reason')]"));
    }

    private static org.openqa.selenium.WebElement rowButton(Chromium phone, String child, String which) {
        return phone.driver().findElement(By.xpath("//tr[contains(., '" + child + "')]//button[substring(@id, string-length(@id) - "
                + which.length() + ") = ':" + which + "']"));
    }

    private static long id(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue();
    }
}
