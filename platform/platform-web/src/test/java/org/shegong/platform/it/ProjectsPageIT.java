package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.infrastructure.ClockProducer;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The projects register in a browser, as 老军营's station lead: start a project, find it in the
 * list and the exports (status by its label, last change in Asia/Shanghai), choose a contract target by its words, add a checklist item (a negative planned number is refused in Chinese),
 * link a done activity and see the completion move; the API shows it to hope's people only.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void startAProjectAddAnItemLinkADoneActivityAndSeeTheCompletion() throws Exception {
        String name = "页面项目" + System.nanoTime() % 100_000;
        String lead = Keycloak.accessToken("laojunying.lead");
        Api api = new Api(base);
        String activityTitle = "项目活动" + System.nanoTime() % 100_000;
        HttpResponse<String> planned = api.post("activities", lead, "{\"title\":\"" + activityTitle + "\",\"type\":\"GROUP_ACTIVITY\","
                + "\"heldOn\":\"" + LocalDate.now(ClockProducer.STATION_ZONE) + "\",\"stationStreet\":\"140106005000\"}");
        assertEquals(200, planned.statusCode(), planned.body());
        long activityId = Keycloak.json(planned.body()).getJsonNumber("id").longValue();
        assertEquals(200, api.post("activities/" + activityId + "/done", lead, "").statusCode());

        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/projects.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            assertTrue(text(page).contains("项目（清单化管理）"), text(page));

            page = click(page, "projectsForm:newProject");
            input(page, "projectEditorForm:name").setValue("  ");
            page = click(page, "projectEditorForm:save");
            assertTrue(text(page).contains("项目名称不能为空"), text(page));

            input(page, "projectEditorForm:name").setValue(name);
            ((HtmlTextArea) page.getElementById("projectEditorForm:needs")).setText("独居老人多，防诈骗意识弱");
            page = click(page, "projectEditorForm:save");
            assertTrue(text(page).contains("已新建项目"), text(page));

            page = search(page, name);
            assertTrue(text(page).contains(name), "listed: " + text(page));
            assertTrue(text(page).contains("调研/计划中"), text(page));
            String csv = ((HtmlElement) page.getElementById("projectsForm:exportCsv")).click().getWebResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String csvRow = csv.lines().filter(l -> l.contains(name)).findFirst().orElseThrow(() -> new AssertionError("exported: " + csv));
            assertTrue(csvRow.contains("\"调研/计划中\"") && !csvRow.contains("PLANNING"), "the status by its label: " + csvRow);
            List<String> row = exportedRow(((HtmlElement) page.getElementById("projectsForm:exportXlsx")).click(), name);
            assertEquals("调研/计划中", row.get(2), "the status by its label, not its code: " + row);
            assertShanghaiTimeOfNow(row.get(row.size() - 1));

            page = search(page, "不存在的项目名称" + System.nanoTime());
            assertTrue(text(page).contains("没有符合条件的项目"), text(page));
            page = search(page, name);

            HtmlAnchor open = page.getFirstByXPath("//a[contains(@id,'open') and contains(., '" + name + "')]");
            assertNotNull(open, "a link to the project: " + page.asXml());
            page = open.click();
            assertTrue(text(page).contains(name), text(page));

            page = click(page, "projectForm:newItem");
            // the contract targets by number, the metric's label and the yearly figure, never a metric's code
            HtmlSelect target = (HtmlSelect) page.getElementById("itemForm:target_input");
            List<String> targets = target.getOptions().stream().map(o -> o.getText().strip()).toList();
            assertEquals("不计入指标", targets.get(0), targets.toString());
            assertTrue(targets.size() > 1, "老军营's contract offers its targets: " + targets);
            for (String t : targets.subList(1, targets.size())) {
                assertTrue(t.matches("\\S+ · [^·]+ · 年度目标 \\d+"), "number · label · 年度目标 N: " + t);
                assertFalse(t.split(" · ")[1].matches("[a-z][a-z0-9.-]+"), "a label, not a metric code: " + t);
            }
            String activities = targets.stream().filter(t -> t.matches("YZMZ-2021-005 · 已完成活动 · 年度目标 \\d+")).findFirst()
                    .orElseThrow(() -> new AssertionError("the activities target of YZMZ-2021-005: " + targets));
            input(page, "itemForm:title").setValue("防诈骗宣传");
            input(page, "itemForm:planned").setValue("-1");
            page = click(page, "itemForm:saveItem");
            assertTrue(text(page).contains("计划次数至少为1"), text(page));

            input(page, "itemForm:planned").setValue("2");
            target = (HtmlSelect) page.getElementById("itemForm:target_input");
            // the menu's hidden select, chosen without focusing it (PrimeFaces' focus handler needs the menu's layout)
            target.setSelectedAttribute(target.getOptions().stream().filter(o -> o.getText().strip().equals(activities)).findFirst()
                    .orElseThrow(), true, false, false, false, false);
            page = click(page, "itemForm:saveItem");
            assertTrue(text(page).contains("已添加清单事项"), text(page));
            assertEquals(activities, page.getElementById("projectForm:items:0:target").asNormalizedText(), "the item's target as offered");
            assertEquals("0/2", page.getElementById("projectForm:items:0:done").asNormalizedText());

            page = click(page, "projectForm:items:0:linkItem");
            HtmlSelect activity = (HtmlSelect) page.getElementById("linkForm:activity");
            assertNotNull(activity, page.asXml());
            activity.setSelectedAttribute(activity.getOptionByValue(String.valueOf(activityId)), true);
            page = click(page, "linkForm:link");
            assertTrue(text(page).contains("已关联活动"), text(page));
            assertTrue(text(page).contains("立项") && text(page).contains("关联活动“" + activityTitle + "”"), "the history shows who started the project and linked which activity (by its title, not its id): " + text(page));
            assertEquals("1/2", page.getElementById("projectForm:items:0:done").asNormalizedText());
            assertEquals("50%", page.getElementById("projectForm:items:0:itemCompletion").asNormalizedText());
            // the project's completion counts activities, and says so: it read "(1/2 项事项已完成)" on a project of one item
            assertEquals("完成度 50%（已完成活动 1 / 计划 2）", page.getElementById("projectForm:completion").getParentNode()
                    .asNormalizedText().replaceFirst("^.* · (完成度)", "$1"));
            assertTrue(text(page).contains(activityTitle), text(page));
        }

        HttpResponse<String> mine = api.get("projects?max=500", lead);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains(name), mine.body());
        assertTrue(mine.body().contains("银发守护·防诈骗进社区"), "the demo project of 老军营 is there: " + mine.body());
        long projectId = jakarta.json.Json.createReader(new java.io.StringReader(mine.body())).readArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(o -> o.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> one = api.get("projects/" + projectId, lead);
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"percent\":50"), one.body());
        // the item's target for programs and for people: contract number, metric code and its label, not "number · code"
        jakarta.json.JsonObject target = Keycloak.json(one.body()).getJsonArray("items").getJsonObject(0).getJsonObject("target");
        assertEquals("YZMZ-2021-005", target.getString("contract"), one.body());
        assertEquals("activities", target.getString("metric"), one.body());
        assertEquals("已完成活动", target.getString("label"), one.body());

        String wenmiao = Keycloak.accessToken("wenmiao.lead");
        HttpResponse<String> theirs = api.get("projects?max=500", wenmiao);
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertFalse(theirs.body().contains(name), "huide's lead does not see hope's project");
        assertEquals(404, api.get("projects/" + projectId, wenmiao).statusCode());
    }

    /** The cells, as Excel shows them, of the exported row whose first cell is {@code name}. */
    private static List<String> exportedRow(Page xlsx, String name) throws Exception {
        assertEquals(200, xlsx.getWebResponse().getStatusCode());
        DataFormatter shown = new DataFormatter();
        try (InputStream in = xlsx.getWebResponse().getContentAsStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row r : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(shown.formatCellValue(c)));
                if (!cells.isEmpty() && cells.get(0).equals(name)) {
                    return cells;
                }
            }
        }
        throw new AssertionError("no exported row for " + name);
    }

    /** "姓名 2026-12-04 22:31": who, then the time in Asia/Shanghai (not UTC, eight hours behind), about now. */
    private static void assertShanghaiTimeOfNow(String cell) {
        Matcher m = Pattern.compile(".+ (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})").matcher(cell);
        assertTrue(m.matches(), "who, then when, as the page says it: " + cell);
        LocalDateTime at = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        long minutes = Math.abs(Duration.between(at, LocalDateTime.now(ClockProducer.STATION_ZONE)).toMinutes());
        assertTrue(minutes <= 10, "the time in Asia/Shanghai, minutes ago: " + cell);
    }

    private static HtmlPage search(HtmlPage page, String text) throws Exception {
        page = click(page, "projectsForm:clearSearch");
        input(page, "projectsForm:searchText").setValue(text);
        return click(page, "projectsForm:doSearch");
    }

    private static HtmlPage click(HtmlPage page, String id) throws Exception {
        HtmlElement element = (HtmlElement) page.getElementById(id);
        assertTrue(element != null, "no element " + id + " on " + page.getUrl() + ": " + page.asNormalizedText());
        element.click();
        page.getWebClient().waitForBackgroundJavaScript(5_000);
        return (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
    }

    private static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }

    private static String text(HtmlPage page) {
        return page.asNormalizedText();
    }
}
