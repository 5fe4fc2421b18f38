package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The province's civil affairs on a phone: drill from 山西省 down to 老军营街道, change the period,
 * export the dashboard as Excel and read it back.
 */
@ExtendWith(ArquillianExtension.class)
class RegionDashboardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void drillFromTheProvinceToAStreetChangeThePeriodAndExportExcel() throws Exception {
        try (Chromium browser = new Chromium(Chromium.PHONE)) {
            browser.signIn(new URL(base, "region/stations.xhtml"), "shanxi.mz", Keycloak.PASSWORD);
            browser.driver().get(new URL(base, "region/stations.xhtml").toString());
            assertTrue(browser.text().contains("辖区看板 · 山西省"), browser.text());
            for (String name : new String[] {"太原市", "迎泽区", "老军营街道"}) {
                browser.driver().findElement(By.linkText(name)).click();
                showsTitle(browser, name);
            }
            String crumbs = browser.element("breadcrumb").getText();
            for (String name : new String[] {"山西省", "太原市", "迎泽区", "老军营街道"}) {
                assertTrue(crumbs.contains(name), "the breadcrumb: " + crumbs);
            }
            long overflow = (Long) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "the page fits 390 px: " + overflow + " px too wide");

            new Select(browser.driver().findElement(By.id("periodKind"))).selectByValue("quarter");
            browser.driver().findElement(By.id("periodYear")).clear();
            browser.driver().findElement(By.id("periodYear")).sendKeys("2025");
            browser.driver().findElement(By.id("periodQuarter")).clear();
            browser.driver().findElement(By.id("periodQuarter")).sendKeys("3");
            browser.driver().findElement(By.id("periodApply")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                    d -> d.findElement(By.id("periodText")).getText().equals("2025-07 – 2025-09"));
            showsTitle(browser, "老军营街道");

            browser.click("exportExcel");
            Path xlsx = browser.download(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertEquals(4, book.getNumberOfSheets(), "one sheet per table");
                var summary = book.getSheetAt(0);
                assertEquals("老军营街道", summary.getRow(0).getCell(1).getStringCellValue());
                assertEquals("2025-07 – 2025-09", summary.getRow(1).getCell(1).getStringCellValue());
                assertEquals("已完成活动", summary.getRow(6).getCell(0).getStringCellValue(), "indicators by their labels, the platform's first");
            }
        }
    }

    /** Waits (bounded) for the page of that region after a click. */
    private static void showsTitle(Chromium browser, String region) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                d -> d.findElement(By.tagName("h1")).getText().equals("辖区看板 · " + region));
        browser.settle();
    }
}
