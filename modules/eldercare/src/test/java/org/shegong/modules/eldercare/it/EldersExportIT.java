package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * dependency level by their labels, the station by its name — never the Facelets source or a code.
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
}
