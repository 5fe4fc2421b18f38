package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The clubs list's Excel export, read back: the club by name (the page shows a link), its kind and stage by their
 * labels (公益慈善…, 兴趣小组…), its community by name — the cells held the Facelets source before.
 */
@ExtendWith(ArquillianExtension.class)
class ClubsExportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theClubsWorkbookSaysWhatTheListShows() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String name = "导出合唱团-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> made = api.post("clubs", worker, ClubsApiIT.club(name, "CULTURE_SPORTS", ClubsApiIT.WULONGKOU));
        assertTrue(made.statusCode() == 200 || made.statusCode() == 201, made.body());

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "clubs/clubs.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            Page xlsx = ((HtmlElement) page.getElementById("clubsForm:exportXlsx")).click();
            assertEquals(200, xlsx.getWebResponse().getStatusCode());
            DataFormatter shown = new DataFormatter();
            try (InputStream in = xlsx.getWebResponse().getContentAsStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                var sheet = workbook.getSheetAt(0);
                List<String> headers = cells(sheet.getRow(0), shown);
                assertEquals(List.of("社团名称", "类别", "阶段"), headers.subList(0, 3), "the headers as the page says them: " + headers);
                List<String> row = null;
                for (Row r : sheet) {
                    List<String> cells = cells(r, shown);
                    assertFalse(cells.stream().anyMatch(c -> c.contains("#{")), "no Facelets source: " + cells);
                    if (!cells.isEmpty() && cells.get(0).equals(name)) {
                        row = cells;
                    }
                }
                assertTrue(row != null, "the club is exported by its name");
                assertEquals("文体活动", row.get(1), "the kind by its label, not CULTURE_SPORTS: " + row);
                assertEquals("兴趣小组", row.get(2), "a new club's stage by its label: " + row);
                assertTrue(row.get(3).contains("五龙口"), "the community by its name: " + row);
            }
        }
    }

    private static List<String> cells(Row row, DataFormatter shown) {
        List<String> cells = new ArrayList<>();
        if (row != null) {
            row.forEach(c -> cells.add(shown.formatCellValue(c)));
        }
        return cells;
    }
}
