package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * An operator admin's stations page and a contract's progress chart (累计完成), drawn by Chart.js in
 * Chromium: labels instead of codes, targets no module counts named as not counted, the actual
 * series drawn stronger than the pace, a chooser without {@code ?contract=} and 未找到 for a contract
 * that is not the operator's.
 */
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
            assertTrue(page.contains("站长：岳晓梅"), "the station's lead is named: " + page);
            assertTrue(page.contains("个案数（接案）") && page.contains("动员志愿者（人）") && page.contains("服务社团数"),
                    "targets by the labels of the modules that count them: " + page);
            for (String code : new String[] {"childprotection.cases", "volunteers.mobilised", "clubs.helped", "module off", "燃尽"}) {
                assertFalse(page.contains(code), "no code or second language on the page: " + code + " in " + page);
            }
            // The 进度 column's value does not say 进度 again: "进度 落后于进度", "进度 进度正常".
            java.util.List<String> flags = admin.driver().findElements(By.cssSelector(".behind-flag, .pace-flag")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertTrue(flags.contains("落后") && flags.contains("正常"), "hope's targets behind and on track: " + flags);
            assertTrue(flags.stream().noneMatch(f -> f.contains("进度")), "said once, by the column: " + flags);
            admin.driver().findElement(By.xpath("//a[contains(@href,'contract=YZMZ-2021-005')]")).click();
            admin.settle();
            assertTrue(admin.driver().getCurrentUrl().contains("burnup.xhtml"), admin.driver().getCurrentUrl());
            Object datasets = admin.driver().executeScript(
                    "const c = Chart.getChart(document.querySelector('canvas'));"
                            + "return c ? c.data.datasets.map(d => d.label) : null;");
            assertTrue(datasets instanceof java.util.List<?> labels && (labels.contains("已完成活动") || labels.contains("Activities done"))
                    && labels.contains("匀速进度"), "the chart is drawn with each target, by its label, and the pace: " + datasets);
            Object widths = admin.driver().executeScript(
                    "return Chart.getChart(document.querySelector('canvas')).data.datasets.map(d => d.borderWidth);");
            java.util.List<?> w = (java.util.List<?>) widths;
            assertTrue(((Number) w.get(0)).doubleValue() > ((Number) w.get(w.size() - 1)).doubleValue(),
                    "the actual series is drawn stronger than the pace line: " + widths);
            assertTrue(admin.text().contains("累计完成进度"), "titled by what it shows: " + admin.text());
            Object drawnPoints = admin.driver().executeScript(
                    "return Chart.getChart(document.querySelector('canvas')).data.labels.length;");
            assertTrue(((Number) drawnPoints).intValue() >= 1, "one point per month so far");
            assertEquals(1, admin.driver().findElements(By.tagName("canvas")).size());
        }
    }

    @Test
    void aTargetOfASwitchedOffModuleIsNamedAsNotCountedNeverAsBehind() throws Exception {
        try (Chromium admin = new Chromium()) {
            // 同心 has child protection and clubs off, and contracts with targets for both.
            admin.signIn(new URL(base, "operator/stations.xhtml"), "tongxin.admin", Keycloak.PASSWORD);
            String page = admin.text();
            assertTrue(page.contains("未计入（模块未开通）"), "a switched-off module's target is not counted: " + page);
            assertTrue(page.contains("个案数（接案）"), "and still named by its label: " + page);
        }
    }

    @Test
    void withoutAContractThePageOffersTheChoiceAndAnotherOperatorsContractIsNotFound() throws Exception {
        try (Chromium admin = new Chromium(Chromium.PHONE)) {
            admin.signIn(new URL(base, "operator/burnup.xhtml"), "hope.admin", Keycloak.PASSWORD);
            assertTrue(admin.driver().findElements(By.id("notFound")).isEmpty(), "no contract asked for is no error: " + admin.text());
            admin.driver().findElement(By.xpath("//div[@id='chooser']//a[contains(@href,'contract=YZMZ-2021-005')]")).click();
            admin.settle();
            assertEquals(1, admin.driver().findElements(By.tagName("canvas")).size(), "the chosen contract's chart: " + admin.text());
            Object overflow = admin.driver().executeScript("const p = document.getElementById('progress');"
                    + "return p.scrollWidth - p.clientWidth;");
            assertTrue(((Number) overflow).intValue() <= 0, "the progress fits a 390 px phone: " + overflow);

            for (String other : new String[] {"YZMZ-2024-003", "NO-SUCH-CONTRACT"}) { // 汇德's contract, and a typo
                admin.driver().get(new URL(base, "operator/burnup.xhtml?contract=" + other).toString());
                admin.settle();
                assertFalse(admin.driver().findElements(By.id("notFound")).isEmpty(), other + ": " + admin.text());
                assertTrue(admin.text().contains("未找到"), admin.text());
                assertTrue(admin.driver().findElements(By.tagName("canvas")).isEmpty(), "no chart for " + other);
                assertFalse(admin.text().contains("文庙"), "nothing of the other operator's station: " + admin.text());
            }
        }
    }
}
