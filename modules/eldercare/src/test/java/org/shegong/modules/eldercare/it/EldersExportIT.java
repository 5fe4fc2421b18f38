package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The elders list's CSV, read back: each elder by name (the page shows a link), the living situation and the
 * dependency level by their labels, the station by its name — never the Facelets source or a code; and the
 * overdue visits' CSV: the elder and the worker by name, the kind by its label.
 */
@ExtendWith(ArquillianExtension.class)
class EldersExportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theEldersCsvSaysWhatTheListShows() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        List<JsonObject> elders = Fixtures.elders(api, token, 1);
        long elder = elders.get(0).getJsonNumber("id").longValue();
        String name = elders.get(0).getString("name");
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("ALONE")).statusCode());

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "eldercare/elders.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            String csv = ((HtmlElement) page.getElementById("eldersForm:exportCsv")).click().getWebResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertFalse(csv.contains("#{") || csv.contains("<a "), "no Facelets source or markup: " + csv);
            assertTrue(csv.lines().findFirst().orElse("").contains("居住情况"), "the headers as the page says them: " + csv);
            String row = csv.lines().filter(l -> l.startsWith("\"" + name + "\"")).findFirst()
                    .orElseThrow(() -> new AssertionError("a row starting with the elder's name " + name + ": " + csv));
            assertTrue(row.contains("\"独居\""), "the living situation by its label: " + row);
            assertFalse(row.contains("ALONE"), "not its code: " + row);
            assertTrue(row.contains("依赖\""), "the dependency level by its label: " + row);
            assertTrue(row.contains("老军营"), "the station by its name: " + row);
        }
    }

    @Test
    void theOverdueVisitsCsvSaysWhoAndWhatByName() throws Exception {
        Api api = new Api(base);
        String token = Keycloak.accessToken("laojunying.worker");
        // an elder of its own, so no other test's visit has cleared the due one
        String name = "导出应访" + Long.toString(System.nanoTime() % 1_000_000, 36);
        var created = api.post("residents", token, "{\"name\":\"" + name + "\",\"idNumber\":\"" + Fixtures.freshIdNumber()
                + "\",\"communityCode\":\"140106005002\"}");
        assertEquals(201, created.statusCode(), created.body());
        long elder = Keycloak.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, api.put("eldercare/elders/" + elder, token, ElderApiIT.profile("ALONE")).statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // a plan that started 20 days ago with a home visit every 14 days: due 6 days ago
        var planned = api.post("eldercare/elders/" + elder + "/plans", token, ElderApiIT.plan(today.minusDays(20), "laojunying.worker"));
        assertTrue(planned.statusCode() == 200 || planned.statusCode() == 201, planned.body());

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "eldercare/overdue.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            String csv = ((HtmlElement) page.getElementById("overdueForm:exportCsv")).click().getWebResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertFalse(csv.contains("#{") || csv.contains("<a "), "no Facelets source or markup: " + csv);
            String row = csv.lines().filter(l -> l.startsWith("\"" + name + "\"") && l.contains("上门探访")).findFirst()
                    .orElseThrow(() -> new AssertionError("the elder's overdue home visit, by name and kind's label: " + csv));
            assertFalse(row.contains("HOME_VISIT"), "not the kind's code: " + row);
            assertTrue(row.contains("\"武振华\""), "the worker by name, not by login: " + row);
            assertTrue(row.contains("老军营"), "the station by its name: " + row);
        }
    }
}
