package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.probe.slots.SlotProbeModule;

/**
 * The slots as pages render them, signed in through Keycloak: a test module (on for every
 * operator) puts a panel on the station and operator start pages and the region dashboard, for
 * operator admins and civil affairs only.
 */
@ExtendWith(ArquillianExtension.class)
class PanelSlotsBrowserIT {

    private static final String CONTENT = "slot-probe-panel-content";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped()
                .addClass(SlotProbeModule.class)
                .addAsResource("org/shegong/platform/it/probe/messages.properties")
                .addAsResource("org/shegong/platform/it/probe/messages_zh_CN.properties")
                .addAsWebInfResource(new StringAsset("<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\""
                        + " xmlns:ui=\"jakarta.faces.facelets\"><span class=\"slot-probe\">" + CONTENT + "</span></ui:composition>"),
                        "slotprobe/panel.xhtml"); // a fragment, under WEB-INF as every panel's (Panel)
    }

    @ArquillianResource
    URL base;

    @Test
    void theOperatorStartPageAndTheRegionDashboardShowTheirSlotsPanel() throws Exception {
        assertShows("operator/stations.xhtml", "hope.admin");
        assertShows("region/stations.xhtml", "yingze.mz");
        assertShows("station/home.xhtml", "hope.admin");
    }

    @Test
    void aStationLeadWithoutThePermissionDoesNotSeeIt() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/home.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            String text = page.asNormalizedText();
            assertTrue(text.contains("工作台"), "the start page itself renders: " + text);
            assertFalse(text.contains(CONTENT), text);
            assertFalse(text.contains("探针面板") || text.contains("Probe panel"), "not even its title: " + text);
        }
    }

    private void assertShows(String path, String username) throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, path), username, Keycloak.PASSWORD);
            String text = page.asNormalizedText();
            assertTrue(text.contains(CONTENT) && (text.contains("探针面板") || text.contains("Probe panel")),
                    path + " as " + username + ": " + text);
        }
    }
}
