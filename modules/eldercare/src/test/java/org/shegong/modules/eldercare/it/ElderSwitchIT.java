package org.shegong.modules.eldercare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.it.ActAs;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * Elder care switched off for an operator: no menu entry, its pages and API routes answer 404,
 * its rows stay in the database; switched on again, the same records are back.
 */
@ExtendWith(ArquillianExtension.class)
class ElderSwitchIT {

    static final TenantId OPERATOR = TenantId.of("it-elder");
    static final String LIUXIANG_COMMUNITY = "140106002001";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ElderSwitchIT.class, PageSession.class, ElderApiIT.class, Keycloak.class, Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ActAs actAs;

    @Inject
    ResidentRegistry residents;

    @Test
    void switchedOffTheModuleVanishesKeepsItsDataAndComesBack(@TempDir Path dir) throws Exception {
        String descriptor = operator();
        apply(dir, descriptor);
        long elder = actAs.tenant(OPERATOR, () -> residents.register(
                Fixtures.resident("开关测试老人", Fixtures.freshIdNumber(), LIUXIANG_COMMUNITY)).getId());
        Api api = new Api(base);
        String lead = Keycloak.accessToken("it-elder.lead");
        assertEquals(200, api.put("eldercare/elders/" + elder, lead, ElderApiIT.profile("ALONE")).statusCode());
        assertEquals(200, api.post("eldercare/elders/" + elder + "/readings", lead, ElderApiIT.reading(130, 85)).statusCode());
        assertTrue(menu(api, lead).contains("/eldercare/elders.xhtml"));
        PageSession browser = new PageSession();
        HttpResponse<String> page = browser.signIn(new URL(base, "eldercare/elders.xhtml").toURI(), "it-elder.lead", Keycloak.PASSWORD);
        assertEquals(200, page.statusCode(), page.uri().toString());
        assertTrue(page.body().contains("开关测试老人"), page.body());

        apply(dir, descriptor.replace("\"modules\": [\"eldercare\"]", "\"modules\": []"));
        assertFalse(menu(api, lead).contains("/eldercare/elders.xhtml"), "no menu entry");
        assertFalse(browser.get(new URL(base, "station/residents.xhtml").toURI()).body().contains("/eldercare/"),
                "the portal's menu names no page of the module");
        assertEquals(404, browser.get(new URL(base, "eldercare/elders.xhtml").toURI()).statusCode());
        assertEquals(404, browser.get(new URL(base, "eldercare/visit.xhtml").toURI()).statusCode());
        assertEquals(404, api.get("eldercare/elders/" + elder, lead).statusCode());
        assertEquals(404, api.get("eldercare/visits/due", lead).statusCode());
        assertEquals(404, api.post("eldercare/elders/" + elder + "/readings", lead, ElderApiIT.reading(130, 85)).statusCode());
        assertEquals(1L, Fixtures.countRows("elder_profile where tenant_id = 'it-elder' and resident_id = " + elder),
                "switching off deletes nothing");
        assertEquals(1L, Fixtures.countRows("elder_health_reading where tenant_id = 'it-elder' and resident_id = " + elder));

        apply(dir, descriptor);
        assertTrue(menu(api, lead).contains("/eldercare/elders.xhtml"));
        HttpResponse<String> back = api.get("eldercare/elders/" + elder, lead);
        assertEquals(200, back.statusCode(), back.body());
        assertEquals("ALONE", Keycloak.json(back.body()).getString("livingSituation"), "back, with its data");
        assertEquals(1, jakarta.json.Json.createReader(new java.io.StringReader(
                api.get("eldercare/elders/" + elder + "/readings", lead).body())).readArray().size());
        HttpResponse<String> pageAgain = browser.get(new URL(base, "eldercare/elders.xhtml").toURI());
        assertEquals(200, pageAgain.statusCode());
        assertTrue(pageAgain.body().contains("开关测试老人"));
    }

    private static List<String> menu(Api api, String token) {
        return Keycloak.json(api.get("me", token).body()).getJsonArray("menu").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }

    private void apply(Path dir, String descriptor) throws Exception {
        Fixtures.provision(provisioning, dir, "it-elder", descriptor);
    }

    /** An operator built from tongxin's descriptor, with its own logins and contracts, and elder care only. */
    private static String operator() throws Exception {
        return Fixtures.operatorLikeTongxin("it-elder", "为老开关测试中心", "\"eldercare\"");
    }
}
