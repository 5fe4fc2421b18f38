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

    private static long id(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue();
    }
}
