package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.htmlunit.Page;
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
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The residents register in a browser: register, find by exact ID number, edit, export; a wrong
 * check digit is refused with its reason; an edit that lost a race is told so.
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
    void registerFindEditAndExportAResident() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        String name = "页面测试" + idNumber.substring(14);
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            page = register(page, name, idNumber, "13700000001");
            assertTrue(text(page).contains("已登记服务对象"), text(page));

            page = searchByIdNumber(page, idNumber);
            assertTrue(text(page).contains(name), "found by exact ID number: " + text(page));
            assertTrue(text(page).contains(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)), "shown masked");
            assertFalse(page.asXml().contains(idNumber), "the full ID number never reaches the page");

            page = click(page, "residentsForm:residents:0:edit");
            input(page, "residentDialogForm:phone").setValue("13700000002");
            page = click(page, "residentDialogForm:save");
            page = searchByIdNumber(page, idNumber);
            assertTrue(text(page).contains("13700000002"), text(page));

            Page csv = ((HtmlElement) page.getElementById("residentsForm:exportCsv")).click();
            String exported = csv.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
            assertTrue(exported.contains(name), exported);
            assertTrue(exported.contains("13700000002"), exported);
            assertFalse(exported.contains(idNumber), "exports carry the masked ID number only");

            page = searchByIdNumber(page, idNumber);
            Page xlsx = ((HtmlElement) page.getElementById("residentsForm:exportXlsx")).click();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.getWebResponse().getContentAsStream())) {
                var sheet = workbook.getSheetAt(0);
                String header = sheet.getRow(0).getCell(0).getStringCellValue();
                assertTrue(header.contains("姓名"), header);
                assertEquals(name, sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals(idNumber.substring(0, 4) + "**********" + idNumber.substring(14),
                        sheet.getRow(1).getCell(1).getStringCellValue());
            }
        }
    }

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
    void theSecondOfTwoConflictingEditsIsToldSo() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        try (Browser lead = new Browser(); Browser worker = new Browser()) {
            HtmlPage leadPage = (HtmlPage) lead.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            leadPage = register(leadPage, "冲突测试", idNumber, "13700000010");
            leadPage = searchByIdNumber(leadPage, idNumber);
            HtmlPage workerPage = (HtmlPage) worker.signIn(new URL(base, "station/residents.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            workerPage = searchByIdNumber(workerPage, idNumber);

            leadPage = click(leadPage, "residentsForm:residents:0:edit");
            workerPage = click(workerPage, "residentsForm:residents:0:edit");
            input(leadPage, "residentDialogForm:phone").setValue("13700000011");
            leadPage = click(leadPage, "residentDialogForm:save");
            input(workerPage, "residentDialogForm:phone").setValue("13700000012");
            workerPage = click(workerPage, "residentDialogForm:save");

            assertTrue(text(workerPage).contains("已被他人修改"), text(workerPage));
            leadPage = searchByIdNumber(leadPage, idNumber);
            assertTrue(text(leadPage).contains("13700000011"), "the first edit stands: " + text(leadPage));
            assertFalse(text(leadPage).contains("13700000012"));
        }
    }

    @Test
    void aPlannedActivityThatTookPlaceIsMarkedDoneFromTheList() throws Exception {
        String lead = Keycloak.accessToken("laojunying.lead");
        org.shegong.platform.it.client.Api api = new org.shegong.platform.it.client.Api(base);
        String title = "页面完成测试" + System.nanoTime() % 100_000;
        var planned = api.post("activities", lead, "{\"title\":\"" + title + "\",\"type\":\"GROUP_ACTIVITY\","
                + "\"heldOn\":\"" + java.time.LocalDate.now() + "\",\"stationStreet\":\"140106005000\"}");
        assertEquals(200, planned.statusCode(), planned.body());
        long id = Keycloak.json(planned.body()).getJsonNumber("id").longValue();
        assertEquals(400, api.post("activities", lead, "{\"title\":\"\",\"type\":\"GROUP_ACTIVITY\"}").statusCode());
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
            assertTrue(text(page).contains("已完成 / done: " + title), text(page));
        }
        assertTrue(api.get("activities/" + id, lead).body().contains("\"status\":\"DONE\""));
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
