package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.infrastructure.ClockProducer;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The platform's other table exports, downloaded and read back: activities (Excel), partners and staff (CSV) say
 * each cell as the page does — type, status and role by their labels, who and when in Asia/Shanghai — where their
 * plain {@code #{…}} cells went out as Facelets source. (Residents: {@code ResidentsBrowserIT}; projects:
 * {@code ProjectsPageIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theActivitiesWorkbookGivesLabelsNotCodes() throws Exception {
        String lead = Keycloak.accessToken("laojunying.lead");
        String title = "导出活动" + System.nanoTime() % 100_000;
        LocalDate today = LocalDate.now(ClockProducer.STATION_ZONE);
        HttpResponse<String> planned = new Api(base).post("activities", lead, "{\"title\":\"" + title + "\",\"type\":\"GROUP_ACTIVITY\","
                + "\"heldOn\":\"" + today + "\",\"stationStreet\":\"140106005000\"}");
        assertEquals(200, planned.statusCode(), planned.body());

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/activities.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            Page download = ((HtmlElement) page.getElementById("activitiesForm:exportXlsx")).click();
            assertEquals("活动.xlsx", fileName(download), "named in the page's language, as the residents' export is");
            List<List<String>> rows = workbook(download);
            assertEquals(List.of("日期", "活动名称", "类型"), rows.get(0).subList(0, 3), "headers: " + rows.get(0));
            List<String> row = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("the activity is exported by its title: " + rows));
            assertEquals(today.toString(), row.get(0), row.toString());
            assertEquals("小组/社区活动", row.get(2), "the type by its label, not GROUP_ACTIVITY: " + row);
            assertTrue(row.get(3).contains("老军营"), "the station by its name: " + row);
            assertEquals("计划中", row.get(4), "the status by its label, not PLANNED: " + row);
            assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.contains("#{")), "no Facelets source");
        }
    }

    @Test
    void thePartnersAndStaffCsvSayWhoAndWhenAsThePageDoes() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/partners.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            Page partnersDownload = ((HtmlElement) page.getElementById("partnersForm:exportCsv")).click();
            assertEquals("合作资源.csv", fileName(partnersDownload));
            String partners = csv(partnersDownload);
            assertFalse(partners.contains("#{"), "no Facelets source: " + partners);
            String row = partners.lines().filter(l -> l.startsWith("\"迎泽区爱心企业联盟\"")).findFirst()
                    .orElseThrow(() -> new AssertionError("the demo partner is exported by its name: " + partners));
            assertTrue(row.contains("\"冯经理 13903510001\""), "the contact as the page shows it: " + row);
            assertFalse(row.contains("ENTERPRISE"), "the type by its label: " + row);
            assertTrue(row.matches(".*\" ?[^\"]*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\"$"), "the last change with its time as the page says it: " + row);
        }
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "operator/staff.xhtml"), "hope.admin", Keycloak.PASSWORD);
            String staff = csv(((HtmlElement) page.getElementById("staffForm:exportCsv")).click());
            assertFalse(staff.contains("#{"), "no Facelets source: " + staff);
            assertTrue(staff.lines().skip(1).anyMatch(l -> l.contains("\"社工\"")), "roles by their labels: " + staff);
            assertTrue(staff.lines().skip(1).noneMatch(l -> l.contains("SOCIAL_WORKER")), "not their codes: " + staff);
        }
    }

    /** The download's file name as the browser saves it (the UTF-8 name where one is given). */
    private static String fileName(Page download) {
        String disposition = download.getWebResponse().getResponseHeaderValue("Content-Disposition");
        assertTrue(disposition != null, "a download");
        int utf8 = disposition.indexOf("filename*=UTF-8''");
        if (utf8 >= 0) {
            return java.net.URLDecoder.decode(disposition.substring(utf8 + 17).split(";")[0], StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher plain = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition);
        assertTrue(plain.find(), disposition);
        return plain.group(1);
    }

    private static String csv(Page download) {
        assertEquals(200, download.getWebResponse().getStatusCode());
        return download.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every row's cells as Excel shows them. */
    private static List<List<String>> workbook(Page download) throws Exception {
        assertEquals(200, download.getWebResponse().getStatusCode());
        DataFormatter shown = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = download.getWebResponse().getContentAsStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row r : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(shown.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
