package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.api.directory.NameMask;

/**
 * Reads of personal data, end to end as people do them: a station lead lists residents through the
 * API, opens one there and on the resident page, and exports the register; the operator's admin finds
 * each read on 查阅记录 with the lead's name, the record, the row counts and the time; another
 * operator's admin finds none of it; the lead may not open the page at all.
 */
@ExtendWith(ArquillianExtension.class)
class ReadsPageIT {

    /** The station lead of 老军营街道 (希望), as the operator's staff list names her. */
    static final String LEAD = "laojunying.lead";
    static final String LEAD_NAME = "岳晓梅";
    /** 希望's operator admin. */
    static final String ADMIN_NAME = "梁志刚";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyReadOfAResidentIsOnTheOperatorsReadLogAndOnNoOtherOperators() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken(LEAD);
        HttpResponse<String> list = api.get("residents?max=3", token);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray listed = Json.createReader(new StringReader(list.body())).readArray();
        assertTrue(listed.size() > 0, "the demo station has residents");
        long residentId = listed.getJsonObject(0).getJsonNumber("id").longValue();
        String residentName = listed.getJsonObject(0).getString("name");
        assertEquals(200, api.get("residents/" + residentId, token).statusCode());

        int exportedRows;
        try (Browser lead = new Browser()) {
            HtmlPage page = (HtmlPage) lead.signIn(new URL(base, "station/resident.xhtml?id=" + residentId), LEAD, Keycloak.PASSWORD);
            assertTrue(page.getElementById("residentName") != null, page.asNormalizedText());

            page = (HtmlPage) lead.open(new URL(base, "station/residents.xhtml"));
            Page csv = ((HtmlElement) page.getElementById("residentsForm:exportCsv")).click();
            String content = csv.getWebResponse().getContentAsString();
            exportedRows = (int) content.lines().filter(l -> !l.isBlank()).count() - 1;
            assertTrue(exportedRows > 0, content);

            Page refused = lead.open(new URL(base, "operator/reads.xhtml"));
            assertEquals(403, refused.getWebResponse().getStatusCode(), "a station lead may not read the read log");
        }

        try (Browser admin = new Browser()) {
            HtmlPage staff = (HtmlPage) admin.signIn(new URL(base, "operator/staff.xhtml"), "hope.admin", Keycloak.PASSWORD);
            String staffCsv = ((HtmlElement) staff.getElementById("staffForm:exportCsv")).click().getWebResponse().getContentAsString();
            int staffRows = (int) staffCsv.lines().filter(l -> !l.isBlank()).count() - 1;
            assertTrue(staffRows > 0, staffCsv);

            HtmlPage page = (HtmlPage) admin.open(new URL(base, "operator/reads.xhtml"));
            assertTrue(page.asNormalizedText().contains("查阅记录"), page.asNormalizedText());
            // the person filter offers people by name, never a login as the label (issue 15)
            java.util.List<String> people = ((HtmlSelect) page.getElementById("readsForm:reader_input")).getOptions().stream()
                    .map(o -> o.getText().strip()).toList();
            assertTrue(people.contains(LEAD_NAME) && people.contains(ADMIN_NAME), "people by name: " + people);
            assertTrue(people.stream().noneMatch(p -> p.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+")), "no login as a label: " + people);
            page = filter(page, LEAD, "");
            String table = page.getElementById("readsForm:reads").asNormalizedText();
            assertTrue(table.contains(LEAD_NAME), "people by name: " + table);
            assertFalse(table.contains(LEAD), "not by login: " + table);
            assertFalse(table.contains(ADMIN_NAME), "only the chosen person: " + table);
            // the record opened by what a person recognises, masked (张**), never by its internal id
            assertTrue(table.contains("服务对象 · " + NameMask.of(residentName)), "the record opened: " + table);
            assertFalse(table.contains("#" + residentId) || table.contains(residentName), "no id, no whole name: " + table);
            assertTrue(table.contains("查看服务对象档案"), "and the purpose: " + table);
            assertTrue(table.contains("服务对象 · " + exportedRows + " 行"), "the export with its row count: " + table);
            assertTrue(table.contains("导出") && table.contains("导出 CSV"), table);
            assertTrue(table.contains("服务对象 · " + listed.size() + " 行") && table.contains("列表查询"),
                    "the API list with its row count: " + table);
            assertTrue(table.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "times as yyyy-MM-dd HH:mm: " + table);
            assertFalse(table.matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*"), "to the minute: " + table);

            page = filter(page, "hope.admin", "staff");
            table = page.getElementById("readsForm:reads").asNormalizedText();
            assertTrue(table.contains(ADMIN_NAME) && table.contains("工作人员 · " + staffRows + " 行"),
                    "the staff export, by the admin, with its row count: " + table);
            assertFalse(table.contains("服务对象"), "only the chosen record kind: " + table);

            // a purpose fixed in code reads in the reader's language
            page = ResidentsPageIT.language(page, "en");
            page = filter(page, LEAD, "");
            table = page.getElementById("readsForm:reads").asNormalizedText();
            assertTrue(table.contains("Resident file opened") && table.contains("Export CSV"), "purposes in English: " + table);
            assertFalse(table.contains("查看服务对象档案") || table.contains("导出 CSV"), "no Chinese purpose: " + table);
            assertTrue(table.contains("API list"), "the API's list too: " + table);
        }

        try (Browser otherOperator = new Browser()) {
            HtmlPage page = (HtmlPage) otherOperator.signIn(new URL(base, "operator/reads.xhtml"), "huide.admin", Keycloak.PASSWORD);
            String text = page.asNormalizedText();
            assertTrue(text.contains("查阅记录"), text);
            assertFalse(text.contains(LEAD_NAME) || text.contains(LEAD), "another operator sees none of 希望's reads: " + text);
            assertFalse(text.contains("#" + residentId) || text.contains(residentName), text);
            HtmlSelect reader = (HtmlSelect) page.getElementById("readsForm:reader_input");
            assertTrue(reader.getOptions().stream().noneMatch(o -> LEAD.equals(o.getValueAttribute())), "nor 希望's staff");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithItsReason() throws Exception {
        try (Browser admin = new Browser()) {
            HtmlPage page = (HtmlPage) admin.signIn(new URL(base, "operator/reads.xhtml"), "hope.admin", Keycloak.PASSWORD);
            ((org.htmlunit.html.HtmlInput) page.getElementById("readsForm:from_input")).setValue("2026-03-02");
            ((org.htmlunit.html.HtmlInput) page.getElementById("readsForm:to_input")).setValue("2026-03-01");
            page = click(page, "readsForm:search");
            assertTrue(page.asNormalizedText().contains("结束日期早于开始日期"), page.asNormalizedText());
        }
    }

    private static HtmlPage filter(HtmlPage page, String reader, String recordKind) throws Exception {
        // as the other page tests do: choose on the hidden select that PrimeFaces submits
        HtmlSelect readers = (HtmlSelect) page.getElementById("readsForm:reader_input");
        readers.setSelectedIndex(readers.getOptions().indexOf(readers.getOptionByValue(reader)));
        HtmlSelect kinds = (HtmlSelect) page.getElementById("readsForm:recordKind_input");
        kinds.setSelectedIndex(kinds.getOptions().indexOf(kinds.getOptionByValue(recordKind)));
        return click(page, "readsForm:search");
    }

    private static HtmlPage click(HtmlPage page, String id) throws Exception {
        HtmlElement element = (HtmlElement) page.getElementById(id);
        assertTrue(element != null, "no element " + id + " on " + page.getUrl());
        element.click();
        page.getWebClient().waitForBackgroundJavaScript(5_000);
        return (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
    }
}
