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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.platform.it.client.Chromium;
import org.shegong.platform.it.client.Keycloak;

/**
 * The province's civil affairs on a phone (390 px): the province page fits the screen at a sane
 * height (KPI cards two to a row, the by-region table as cards, the long sections folded); drill
 * from 山西省 down to 老军营街道, change the period (a choice of kind, year, quarter or month; from/to only for
 * custom months), export the dashboard as Excel and read it back.
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
            browser.asPhone();
            browser.driver().get(new URL(base, "region/stations.xhtml").toString());
            assertTrue(browser.text().contains("辖区看板 · 山西省"), browser.text());
            browser.settle();
            assertEquals(390L, browser.driver().executeScript("return window.innerWidth;"), "laid out at a phone's width");
            long height = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight;");
            System.out.println("RegionDashboardBrowserIT: the province page at 390 px is " + height + " px tall");
            assertEquals(0, browser.sidewaysScroll(), "the province page fits 390 px");
            assertTrue(height <= 6000, "a sane height at 390 px (it was ~17,800 px): " + height + " px");
            assertTrue(browser.element("byRegion").getAttribute("class").contains("ui-datatable-reflow"),
                    "the by-region table reflows as cards");
            // Each card names its figures by the indicators' own labels (a module header row made them the modules').
            var titles = browser.driver().findElements(By.cssSelector("#byRegion tbody tr.child-row td.figure-cell .ui-column-title"));
            assertTrue(!titles.isEmpty(), "a card's figures are labelled");
            assertEquals("已完成活动", titles.get(0).getAttribute("textContent").trim(), "by the indicator, not its module");
            assertTrue(browser.driver().findElements(By.cssSelector("#byRegion tbody td .ui-column-title")).stream()
                    .noneMatch(t -> t.getAttribute("textContent").equals("社工站工作")), "no figure is labelled by its module");
            var cards = browser.driver().findElements(By.cssSelector("#cards .dash-card"));
            assertTrue(cards.size() >= 3, "KPI cards: " + cards.size());
            assertEquals(cards.get(0).getLocation().getY(), cards.get(1).getLocation().getY(), "two cards to a row");
            assertTrue(cards.get(2).getLocation().getY() > cards.get(0).getLocation().getY(), "and the third on the next row");
            assertEquals(false, browser.driver().executeScript("return document.getElementById('operatorSection').open;"),
                    "the operators' targets start folded on a phone");
            browser.driver().findElement(By.cssSelector("#operatorSection > summary")).click();
            assertEquals(true, browser.driver().executeScript("return document.getElementById('operatorSection').open;"));
            assertEquals(0, browser.sidewaysScroll(), "the operators' targets, opened, fit 390 px as cards");
            var excel = browser.element("exportExcel").getRect();
            var pdf = browser.element("exportPdf").getRect();
            assertTrue(pdf.getY() >= excel.getY() + excel.getHeight() || pdf.getX() >= excel.getX() + excel.getWidth() + 8,
                    "the two exports are apart, not one run of words: " + excel + " " + pdf);
            for (String field : new String[] {"periodKind", "periodYear", "periodQuarter", "periodMonth", "periodFrom", "periodTo"}) {
                assertTrue(!browser.element(field).findElement(By.xpath("./ancestor::label")).getAttribute("textContent").isBlank(),
                        "the period field " + field + " has its label");
            }
            // The period is a choice, and only the fields of the kind chosen show: a year by itself, no 起/止.
            for (String field : new String[] {"periodYear", "periodQuarter", "periodMonth"}) {
                assertEquals("select", browser.element(field).getTagName(), field + " is chosen, not typed");
            }
            assertEquals(java.util.List.of("periodKind", "periodYear"), shownPeriodFields(browser), "a year");
            new Select(browser.element("periodKind")).selectByValue("month");
            assertEquals(java.util.List.of("periodKind", "periodYear", "periodMonth"), shownPeriodFields(browser), "a month of a year");
            new Select(browser.element("periodKind")).selectByValue("custom");
            assertEquals(java.util.List.of("periodKind", "periodFrom", "periodTo"), shownPeriodFields(browser), "from and to for custom only");
            assertEquals(0, browser.sidewaysScroll(), "the picker fits 390 px");
            new Select(browser.element("periodKind")).selectByValue("year");
            for (String name : new String[] {"太原市", "迎泽区", "老军营街道"}) {
                browser.driver().findElement(By.linkText(name)).click();
                showsTitle(browser, name);
            }
            String crumbs = browser.element("breadcrumb").getText();
            for (String name : new String[] {"山西省", "太原市", "迎泽区", "老军营街道"}) {
                assertTrue(crumbs.contains(name), "the breadcrumb: " + crumbs);
            }
            assertEquals(0, browser.sidewaysScroll(), "the street's page fits 390 px");

            new Select(browser.driver().findElement(By.id("periodKind"))).selectByValue("quarter");
            assertEquals(java.util.List.of("periodKind", "periodYear", "periodQuarter"), shownPeriodFields(browser), "a quarter of a year");
            new Select(browser.driver().findElement(By.id("periodYear"))).selectByValue("2025");
            new Select(browser.driver().findElement(By.id("periodQuarter"))).selectByVisibleText("第3季度");
            browser.driver().findElement(By.id("periodApply")).click();
            // The apply reloads the page: the period line found may be replaced before its text is read.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(
                    d -> d.findElement(By.id("periodText")).getText().equals("2025-07 – 2025-09"));
            showsTitle(browser, "老军营街道");

            browser.click("exportExcel");
            Path xlsx = browser.download(".xlsx");
            assertEquals("老军营街道-2025年第3季度.xlsx", xlsx.getFileName().toString(), "the file named in words, not codes");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertEquals(4, book.getNumberOfSheets(), "one sheet per table");
                var summary = book.getSheetAt(0);
                assertEquals("老军营街道", summary.getRow(0).getCell(1).getStringCellValue());
                assertEquals("2025-07 – 2025-09", summary.getRow(1).getCell(1).getStringCellValue());
                assertEquals("已完成活动", summary.getRow(6).getCell(0).getStringCellValue(), "indicators by their labels, the platform's first");
            }
        }
    }

    /**
     * 迎泽区's civil affairs at desk widths (1280 and 1024 px): the by-region table has a column per
     * indicator (30 and more); squeezed into the page it showed a character per header line and "1 0 0 %"
     * down a cell. It keeps its natural width and scrolls sideways in its own wrapper, not the page;
     * every figure is on one line; the region's name stays at the left while it scrolls; a figure not counted is the mark "—" with its words on hover and in the legend.
     */
    @Test
    void atDeskWidthTheTableByRegionScrollsInItsOwnBoxWithEveryFigureOnOneLine() throws Exception {
        try (Chromium browser = new Chromium(new org.openqa.selenium.Dimension(1280, 800))) {
            URL page = new URL(base, "region/stations.xhtml");
            browser.signIn(page, "yingze.mz", Keycloak.PASSWORD);
            for (int width : new int[] {1280, 1024}) {
                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
                browser.driver().get(page.toString());
                showsTitle(browser, "迎泽区");
                readableAtDeskWidth(browser, width);
            }
            var notCounted = browser.driver().findElement(By.cssSelector("#byRegion .not-counted"));
            assertEquals("—", notCounted.findElement(By.className("mark")).getText(), "a figure not counted is a short mark in its cell");
            assertTrue(notCounted.findElement(By.className("words")).getRect().getWidth() <= 1,
                    "its words are there for a screen reader only, not across the cell");
            assertEquals("未计入（模块未开通）", notCounted.getAttribute("title"), "its words on hover");
            assertTrue(browser.element("notCountedNote").getText().contains("表中“—”：未计入（模块未开通）"),
                    "and in the legend: " + browser.element("notCountedNote").getText());
        }
    }

    /**
     * 希望's admin at 1280 px: its by-region table is a row per street it runs (its two streets are in
     * 迎泽区), not the one city row its streets share, which said what the total says.
     */
    @Test
    void anOperatorsTableByRegionIsARowPerStreetItRuns() throws Exception {
        try (Chromium browser = new Chromium(new org.openqa.selenium.Dimension(1280, 800))) {
            browser.signIn(new URL(base, "operator/dashboard.xhtml"), "hope.admin", Keycloak.PASSWORD);
            java.util.List<String> rows = browser.driver().findElements(By.cssSelector("#byRegion tr.child-row .child-region a"))
                    .stream().map(a -> a.getText().trim()).toList();
            assertTrue(rows.containsAll(java.util.List.of("老军营街道", "迎泽街道")), "a row per street of 希望's: " + rows);
            assertTrue(!rows.contains("太原市") && !rows.contains("迎泽区"), "not the city or district above them: " + rows);
            assertTrue(browser.element("breadcrumb").getText().contains("迎泽区"), browser.element("breadcrumb").getText());
            readableAtDeskWidth(browser, 1280);
        }
    }

    /** The table by region at a desk width: scrolls in its wrapper, not the page; figures on one line; the names stay. */
    private static void readableAtDeskWidth(Chromium browser, int width) {
        browser.settle();
        assertEquals((long) width, browser.driver().executeScript("return window.innerWidth;"), "laid out at " + width + " px");
        assertEquals(0, browser.sidewaysScroll(), "the page itself does not scroll sideways at " + width + " px");
        Object sideways = browser.driver().executeScript(
                "const w = document.querySelector('#byRegion .ui-datatable-tablewrapper'); return w.scrollWidth - w.clientWidth;");
        assertTrue(((Number) sideways).intValue() > 0, "the table scrolls sideways in its own box at " + width + " px: " + sideways);
        // Each figure's text as laid out: one line box, less than two lines high (it was a digit per line).
        @SuppressWarnings("unchecked")
        java.util.List<String> broken = (java.util.List<String>) browser.driver().executeScript(
                "const out = [];"
                + "document.querySelectorAll('#byRegion tbody td.figure-cell').forEach(td => {"
                + "  const text = [...td.childNodes].filter(n => n.nodeType === 3 || (n.nodeType === 1 && n.className !== 'ui-column-title'));"
                + "  if (!text.length) { return; }"
                + "  const r = document.createRange(); r.setStartBefore(text[0]); r.setEndAfter(text[text.length - 1]);"
                + "  const style = getComputedStyle(td); const lh = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);"
                + "  const box = r.getBoundingClientRect();"
                + "  if (box.height >= 2 * lh) { out.push(td.textContent.trim() + ' ' + box.height + 'px/' + lh); }"
                + "});"
                + "return out;");
        assertTrue(broken.isEmpty(), "every figure on one line at " + width + " px: " + broken);
        Object cellHeight = browser.driver().executeScript(
                "const td = [...document.querySelectorAll('#byRegion tbody tr.child-row td.figure-cell')]"
                + ".find(c => /^[0-9]+%?$/.test(c.innerText.trim()));"
                + "const style = getComputedStyle(td); const lh = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);"
                + "return [td.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom), lh];");
        java.util.List<?> h = (java.util.List<?>) cellHeight;
        assertTrue(((Number) h.get(0)).doubleValue() < 2 * ((Number) h.get(1)).doubleValue(),
                "a numeric cell (within its padding) is a line high at " + width + " px: " + h);
        // Scrolled to its right end, the region's name is still at the left of the box.
        Object drift = browser.driver().executeScript(
                "const w = document.querySelector('#byRegion .ui-datatable-tablewrapper'); w.scrollLeft = w.scrollWidth;"
                + "const cell = document.querySelector('#byRegion tbody tr.child-row td.region-cell');"
                + "return Math.abs(cell.getBoundingClientRect().left - w.getBoundingClientRect().left);");
        assertTrue(((Number) drift).doubleValue() <= 2, "the region's name stays in view while the table scrolls: " + drift);
        browser.driver().executeScript("document.querySelector('#byRegion .ui-datatable-tablewrapper').scrollLeft = 0;");
    }

    /** The period picker's fields a person sees now, in order. */
    private static java.util.List<String> shownPeriodFields(Chromium browser) {
        return java.util.stream.Stream.of("periodKind", "periodYear", "periodQuarter", "periodMonth", "periodFrom", "periodTo")
                .filter(f -> browser.element(f).isDisplayed()).toList();
    }

        /** Waits (bounded) for the page of that region after a click. */
    private static void showsTitle(Chromium browser, String region) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                d -> d.findElement(By.tagName("h1")).getText().equals("辖区看板 · " + region));
        browser.settle();
    }
}
