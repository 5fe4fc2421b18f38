package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.infrastructure.ClockProducer;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * Register pages in HtmlUnit (fast, no browser binary): a wrong check digit is refused with its
 * reason and writes nothing; a planned activity is marked done from the list. The full journeys run
 * in Chromium (ResidentsBrowserIT).
 */
@ExtendWith(ArquillianExtension.class)
class ResidentsPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWrongCheckDigitIsRefusedWithItsReason() throws Exception {
        String valid = Fixtures.freshIdNumber();
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            page = register(page, "校验位页面测试", invalid, "13700000003");
            assertTrue(text(page).contains("校验位"), text(page));
            page = searchByName(page, "校验位页面测试");
            assertTrue(text(page).contains("没有符合条件的服务对象"), "nothing was written: " + text(page));
        }
    }

    @Test
    void aPlannedActivityThatTookPlaceIsMarkedDoneFromTheList() throws Exception {
        String lead = Keycloak.accessToken("laojunying.lead");
        org.shegong.platform.it.client.Api api = new org.shegong.platform.it.client.Api(base);
        String title = "页面完成测试" + System.nanoTime() % 100_000;
        var planned = api.post("activities", lead, "{\"title\":\"" + title + "\",\"type\":\"GROUP_ACTIVITY\","
                + "\"heldOn\":\"" + java.time.LocalDate.now(ClockProducer.STATION_ZONE) + "\",\"stationStreet\":\"140106005000\"}");
        assertEquals(200, planned.statusCode(), planned.body());
        long id = Keycloak.json(planned.body()).getJsonNumber("id").longValue();
        assertEquals(400, api.post("activities", lead, "{\"title\":\"\",\"type\":\"GROUP_ACTIVITY\"}").statusCode());
        var malformed = api.post("activities", lead, "{\"title\": 不是JSON");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("不是有效的 JSON"), malformed.body());
        assertEquals(400, api.post("activities", lead, "{\"title\":\"类型错\",\"type\":\"NO_SUCH_TYPE\"}").statusCode());
        assertEquals(400, api.post("activities", lead, "{\"title\":\"别站\",\"type\":\"GROUP_ACTIVITY\",\"heldOn\":\"2026-01-01\","
                + "\"stationStreet\":\"140106003000\"}").statusCode(), "not my station");

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/activities.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            HtmlElement row = page.getFirstByXPath("//tr[td[contains(., '" + title + "')]]");
            assertTrue(row != null, "the new activity is listed: " + text(page));
            HtmlElement done = row.getFirstByXPath(".//button[contains(@id,'markDone')]");
            done.click();
            page.getWebClient().waitForBackgroundJavaScript(5_000);
            page = (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
            assertTrue(text(page).contains("已完成： " + title), text(page));
        }
        assertTrue(api.get("activities/" + id, lead).body().contains("\"status\":\"DONE\""));
    }

    @Test
    void theResidentPageShowsHistoryRevealsForLeadsOnlyAndRemovalCanBeUndone() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        String name = "档案页" + idNumber.substring(14);
        String residentUrl;
        try (Browser lead = new Browser()) {
            HtmlPage page = (HtmlPage) lead.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            page = register(page, name, idNumber, "13700000020");
            page = searchByIdNumber(page, idNumber);
            page = click(page, "residentsForm:residents:0:edit");
            input(page, "residentDialogForm:phone").setValue("13700000021");
            page = click(page, "residentDialogForm:save");
            page = searchByIdNumber(page, idNumber);
            page = click(page, "residentsForm:residents:0:open");
            residentUrl = page.getUrl().toString();
            assertTrue(text(page).contains(name), text(page));
            assertTrue(text(page).contains(idNumber.substring(0, 4) + "**********"), "masked until revealed");
            assertFalse(page.asXml().contains(idNumber));
            assertTrue(text(page).contains("新建"), "history shows the registration: " + text(page));
            assertTrue(text(page).contains("电话：13700000020 → 13700000021"), "history shows what changed: " + text(page));
            assertTrue(text(page).contains("岳晓梅") && !text(page).contains("laojunying.lead"), "and who, by name, not login: " + text(page));
            assertTrue(page.getElementById("panel_eldercare_resident") != null,
                    "elder care is on for hope, so its panel is on the page: " + page.asXml().length());
            assertTrue(text(page).contains("暂无老人档案"), "the panel says what elder care knows: " + text(page));

            page = click(page, "residentForm:reveal");
            assertTrue(text(page).contains(idNumber), "a station lead may reveal the full ID number");
            assertTrue(text(page).contains("查看完整身份证号"), "and the reveal is recorded: " + text(page));

            // the same history in the reader's language: field names and actions said from the bundle,
            // the person's values as typed
            page = language(page, "en");
            assertTrue(text(page).contains("Phone: 13700000020 → 13700000021"), "the change in English: " + text(page));
            assertTrue(text(page).contains("Registered: Name: " + name), text(page));
            assertTrue(text(page).contains("Full ID number revealed"), text(page));
            assertFalse(text(page).contains("电话：") || text(page).contains("查看完整身份证号"), "no Chinese history line: " + text(page));
            page = language(page, "zh");
            assertTrue(text(page).contains("电话：13700000020 → 13700000021"), text(page));

            page = (HtmlPage) lead.open(new URL(base, "station/residents.xhtml"));
            page = searchByIdNumber(page, idNumber);
            page = click(page, "residentsForm:residents:0:remove");
            page = click(page, "removeForm:confirmRemove");
            assertTrue(text(page).contains("已删除"), text(page));
            page = searchByIdNumber(page, idNumber);
            assertTrue(text(page).contains("没有符合条件的服务对象"), "a removed resident leaves the list");

            page = (HtmlPage) lead.open(new URL(residentUrl));
            assertTrue(page.getElementById("residentForm:removedBanner") != null && text(page).contains("已删除"), text(page));
            page = click(page, "residentForm:restore");
            assertTrue(text(page).contains("已恢复"), text(page));
            page = (HtmlPage) lead.open(new URL(base, "station/residents.xhtml"));
            page = searchByIdNumber(page, idNumber);
            assertTrue(text(page).contains(name), "restored, back in the list");
        }
        try (Browser worker = new Browser()) {
            HtmlPage page = (HtmlPage) worker.signIn(new URL(residentUrl), "laojunying.worker", Keycloak.PASSWORD);
            assertTrue(text(page).contains(name), text(page));
            assertTrue(page.getElementById("residentForm:reveal") == null, "a social worker cannot reveal ID numbers");
            page = (HtmlPage) worker.open(new URL(base, "station/residents.xhtml"));
            page = searchByIdNumber(page, idNumber);
            assertTrue(text(page).contains(name), text(page));
            assertTrue(page.getElementById("residentsForm:residents:0:remove") == null, "a social worker cannot remove residents");
        }
        try (Browser lead = new Browser()) {
            HtmlPage home = (HtmlPage) lead.signIn(new URL(base, "station/home.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            assertTrue(home.getElementById("panel_eldercare_overdue") != null, "the module's start-page panel");
            assertTrue(text(home).contains("应访未访"), text(home));
        }
        try (Browser otherOperator = new Browser()) {
            HtmlPage page = (HtmlPage) otherOperator.signIn(new URL(residentUrl), "wenmiao.lead", Keycloak.PASSWORD);
            assertFalse(text(page).contains(name), "another operator's lead sees nothing of the person: " + text(page));
            assertTrue(text(page).contains("未找到"), text(page));
            assertEquals(404, page.getWebResponse().getStatusCode(), "answered as the module pages answer (it was 200)");
        }
        try (Browser otherStation = new Browser()) {
            HtmlPage page = (HtmlPage) otherStation.signIn(new URL(residentUrl), "yingze.lead", Keycloak.PASSWORD);
            assertFalse(text(page).contains(name), "the lead of the operator's other station neither: " + text(page));
            assertEquals(404, page.getWebResponse().getStatusCode());
        }
    }

    @Test
    void anActivityIsPlannedWithAPartnerAndGetsAParticipantFromThePage() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        String name = "活动参与" + idNumber.substring(14);
        String title = "页面计划" + System.nanoTime() % 100_000;
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            page = register(page, name, idNumber, "13700000030");

            page = (HtmlPage) browser.open(new URL(base, "station/activities.xhtml"));
            page = click(page, "activitiesForm:planActivity");
            input(page, "planForm:title").setValue(title);
            HtmlSelect partner = (HtmlSelect) page.getElementById("planForm:partner_input");
            partner.setSelectedIndex(1);
            String partnerName = partner.getOption(1).getText();
            page = click(page, "planForm:save");
            assertTrue(text(page).contains("已计划活动"), text(page));
            HtmlElement row = page.getFirstByXPath("//tr[td[contains(., '" + title + "')]]");
            assertTrue(row != null, "the planned activity is listed: " + text(page));
            assertTrue(row.asNormalizedText().contains(partnerName), "and shows its partner: " + row.asNormalizedText());

            ((HtmlElement) row.getFirstByXPath(".//button[contains(@id,'participants')]")).click();
            page.getWebClient().waitForBackgroundJavaScript(5_000);
            page = (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
            input(page, "participantsForm:search").setValue(idNumber);
            page = click(page, "participantsForm:find");
            page = click(page, "participantsForm:candidates:0:add");
            assertTrue(text(page).contains("已添加参与者"), text(page));
            HtmlElement participants = (HtmlElement) page.getElementById("participantsForm:participants");
            assertTrue(participants.asNormalizedText().contains(name), participants.asNormalizedText());
        }
    }

    /** Chooses the page language as a person does (the menu in the page's header), back on the same page. */
    static HtmlPage language(HtmlPage page, String language) throws Exception {
        HtmlSelect select = (HtmlSelect) page.getElementById("language:lang");
        select.setSelectedAttribute(select.getOptionByValue(language), true);
        page.getWebClient().waitForBackgroundJavaScript(5_000);
        return (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
    }

    private static HtmlPage register(HtmlPage page, String name, String idNumber, String phone) throws Exception {
        page = click(page, "residentsForm:newResident");
        input(page, "residentDialogForm:name").setValue(name);
        input(page, "residentDialogForm:idNumber").setValue(idNumber);
        input(page, "residentDialogForm:phone").setValue(phone);
        HtmlSelect community = (HtmlSelect) page.getElementById("residentDialogForm:community_input");
        community.setSelectedIndex(1);
        return click(page, "residentDialogForm:save");
    }

    private static HtmlPage searchByIdNumber(HtmlPage page, String idNumber) throws Exception {
        page = click(page, "residentsForm:clearSearch");
        input(page, "residentsForm:searchIdNumber").setValue(idNumber);
        return click(page, "residentsForm:doSearch");
    }

    private static HtmlPage searchByName(HtmlPage page, String name) throws Exception {
        page = click(page, "residentsForm:clearSearch");
        input(page, "residentsForm:searchName").setValue(name);
        return click(page, "residentsForm:doSearch");
    }

    private static HtmlPage click(HtmlPage page, String id) throws Exception {
        HtmlElement element = (HtmlElement) page.getElementById(id);
        assertTrue(element != null, "no element " + id + " on " + page.getUrl());
        element.click();
        page.getWebClient().waitForBackgroundJavaScript(5_000);
        return (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
    }

    private static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }

    private static String text(HtmlPage page) {
        return page.asNormalizedText();
    }
}
