package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/** An operator admin's stations page and a contract's burn-up chart, drawn by Chart.js in Chromium. */
@ExtendWith(ArquillianExtension.class)
class OperatorBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theStationsPageLeadsToADrawnBurnUpChart() throws Exception {
        try (Chromium admin = new Chromium()) {
            admin.signIn(new URL(base, "operator/stations.xhtml"), "hope.admin", Keycloak.PASSWORD);
            String page = admin.text();
            assertTrue(page.contains("老军营") && page.contains("YZMZ-2021-005"), page);
            assertTrue(page.contains("站长 Lead：岳晓梅"), "the station's lead is named: " + page);
            admin.driver().findElement(By.xpath("//a[contains(@href,'contract=YZMZ-2021-005')]")).click();
            admin.settle();
            assertTrue(admin.driver().getCurrentUrl().contains("burnup.xhtml"), admin.driver().getCurrentUrl());
            Object datasets = admin.driver().executeScript(
                    "const c = Chart.getChart(document.querySelector('canvas'));"
                            + "return c ? c.data.datasets.map(d => d.label) : null;");
            assertTrue(datasets instanceof java.util.List<?> labels && (labels.contains("已完成活动") || labels.contains("Activities done"))
                    && labels.contains("匀速进度 steady pace"), "the chart is drawn with each target, by its label, and the pace: " + datasets);
            Object drawnPoints = admin.driver().executeScript(
                    "return Chart.getChart(document.querySelector('canvas')).data.labels.length;");
            assertTrue(((Number) drawnPoints).intValue() >= 1, "one point per month so far");
            assertEquals(1, admin.driver().findElements(By.tagName("canvas")).size());
        }
    }
}
