package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.htmlunit.Page;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * No spelling of a URL reaches a module that is off for the caller, or one their role may not use
 * (issue 10 item 1). The module gate once read the raw request URI while Liberty routes on the
 * decoded, normalised path, so {@code /api/eldercare;x/visits/due} answered 200 with data to a
 * worker of 晋阳 (elder care off) and to the volunteer. Each spelling is tried with 希望's worker
 * first: where it reaches elder care for them (200), it must be 404 for 晋阳's worker and 403/404
 * for the volunteer; where the container refuses it for everyone, it is a 4xx for all.
 */
@ExtendWith(ArquillianExtension.class)
class ElderUrlSpellingIT {

    static final List<String> API_SPELLINGS = List.of("eldercare/visits/due", "eldercare;x/visits/due",
            "eldercare;/visits/due", "/eldercare/visits/due", "%65ldercare/visits/due", "ELDERCARE/visits/due");
    static final List<String> PAGE_SPELLINGS = List.of("eldercare/elders.xhtml", "eldercare;x/elders.xhtml",
            "eldercare;/elders.xhtml", "/eldercare/elders.xhtml", "%65ldercare/elders.xhtml", "station/../eldercare/elders.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyApiSpellingIsNotFoundForAnOperatorWithoutTheModuleAndRefusedToTheVolunteer() {
        Api api = new Api(base);
        String hope = Keycloak.accessToken("laojunying.worker");
        String jinyang = Keycloak.accessToken("haozhuang.worker");
        String volunteer = Keycloak.accessToken("volunteer.demo");
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (String path : API_SPELLINGS) {
            seen.put(path, List.of(api.get(path, hope).statusCode(), api.get(path, jinyang).statusCode(),
                    api.get(path, volunteer).statusCode()));
        }
        assertGated(seen);
        assertEquals(200, seen.get("eldercare;x/visits/due").get(0), "the spelling of the report reaches elder care: " + seen);
    }

    @Test
    void everyPageSpellingIsNotFoundForAnOperatorWithoutTheModuleAndRefusedToTheVolunteer() throws Exception {
        URL elders = new URL(base, "eldercare/elders.xhtml");
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        try (Browser hope = new Browser(); Browser jinyang = new Browser(); Browser volunteer = new Browser()) {
            List<Integer> landed = List.of(status(hope.signIn(elders, "laojunying.worker", Keycloak.PASSWORD)),
                    status(jinyang.signIn(elders, "haozhuang.worker", Keycloak.PASSWORD)),
                    status(volunteer.signIn(elders, "volunteer.demo", Keycloak.PASSWORD)));
            assertEquals(List.of(200, 404, 403), landed, "signed in, each on the canonical page");
            for (String path : PAGE_SPELLINGS) {
                URL page = new URL(root + path);
                seen.put(path, List.of(status(hope.open(page)), status(jinyang.open(page)), status(volunteer.open(page))));
            }
        }
        assertGated(seen);
    }

    private static int status(Page page) {
        return page.getWebResponse().getStatusCode();
    }

    /** Per spelling: hope's worker, 晋阳's worker, the volunteer. */
    private static void assertGated(Map<String, List<Integer>> seen) {
        for (Map.Entry<String, List<Integer>> e : seen.entrySet()) {
            int hope = e.getValue().get(0);
            int jinyang = e.getValue().get(1);
            int volunteer = e.getValue().get(2);
            String what = e.getKey() + " " + seen;
            if (hope == 200) {
                assertEquals(404, jinyang, "elder care is off for 晋阳: " + what);
                assertTrue(volunteer == 403 || volunteer == 404, "the volunteer's role has no elder care: " + what);
            } else {
                assertTrue(hope >= 400 && hope < 500, "refused for everyone, by the container: " + what);
                assertTrue(jinyang >= 400 && jinyang < 500 && volunteer >= 400 && volunteer < 500, what);
            }
        }
    }
}
