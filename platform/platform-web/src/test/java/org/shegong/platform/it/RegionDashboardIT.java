package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.DashboardView.Indicator;
import org.shegong.platform.application.dashboard.DashboardView.OperatorLine;
import org.shegong.platform.application.dashboard.RegionDashboard;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.application.metrics.Cell;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.region.RegionTree;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;
import org.shegong.platform.domain.model.rollup.RollUpStore;
import org.shegong.platform.infrastructure.excel.DashboardWorkbook;
import org.shegong.platform.interfaces.rest.DashboardJson;
import org.shegong.platform.interfaces.web.CoreModule;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The region dashboard over roll-ups: exact totals of a fixed synthetic world (a test province of
 * two cities, three districts, five streets, two operators) at every level for a month, a quarter
 * and a year; who may open which region; small sensitive counts hidden on the page, in Excel and
 * in JSON; and the incremental refresh showing new work only after it runs, in agreement with the
 * contract progress.
 */
@ExtendWith(ArquillianExtension.class)
class RegionDashboardIT {

    static final String PROVINCE = "990000000000";
    static final String CITY_A = "990100000000";
    static final String DISTRICT_A1 = "990101000000";
    static final String DISTRICT_A2 = "990102000000";
    static final String CITY_B = "990200000000";
    static final String DISTRICT_B1 = "990201000000";
    static final String S1 = "990101001000";
    static final String S2 = "990101002000";
    static final String S3 = "990102001000";
    static final String S4 = "990201001000";
    static final String S5 = "990201100000";
    static final String LAOJUNYING = "140106005000";
    static final String YINGZE_STREET = Fixtures.STREET_YINGZE;
    static final String HEALTH = "eldercare.health-readings";
    static final String YINGZE_DISTRICT = "140106000000";
    static final String LIUXIANG = "140106002000";
    static final String QIAODONG = "140106006000";
    static final String CLUBS = "clubs.helped";
    static final String CHILDREN = "childprotection.children-served";
    static final String ELDERS = "eldercare.elders-served";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(RegionDashboardIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    RegionDashboard dashboard;

    @Inject
    RollUpStore rollUps;

    @Inject
    TenantJobs jobs;

    @Inject
    TenantWork work;

    @Inject
    ActivityRegistry activities;

    @Inject
    org.shegong.platform.application.residents.ResidentRegistry residents;

    @Inject
    ContractProgress progress;

    @Inject
    ContractRepository contracts;

    @Inject
    DashboardJson json;

    @Inject
    Clock clock;

    @Inject
    Event<ModuleSwitched> moduleSwitched;

    @Inject
    RegionRepository regions;

    @Inject
    org.shegong.platform.application.modules.ModuleRegistry modules;
    /** The metric codes counted at a street: its operator's today (the latest contract in force), as the dashboard takes it. */
    private Set<String> metricsOfOperatorAt(String street) {
        org.shegong.platform.domain.model.contract.Contract inForce = contracts.inForceAt(Set.of(street), LocalDate.now(clock)).get(street);
        assertNotNull(inForce, street + " has an operator today");
        return modules.metricsFor(Optional.of(inForce.getOperator().tenantId())).keySet();
    }

    static Identity civil(String region) {
        return new Identity("it-civil", "民政测试", Set.of(Role.CIVIL_AFFAIRS), Optional.empty(), Set.of(), Optional.of(region));
    }

    static Identity operatorAdmin(String tenant) {
        return new Identity(tenant + ".admin", "运营测试", Set.of(Role.OPERATOR_ADMIN), Optional.of(TenantId.of(tenant)), Set.of(),
                Optional.empty());
    }

    @Test
    void exactTotalsAtEveryLevelForAMonthAQuarterAndAYear() throws Exception {
        fixedWorld();
        Identity province = civil(PROVINCE);

        DashboardView january = dashboard.forRegion(province, null, ReportPeriod.month(YearMonth.of(2025, 1)));
        assertEquals(List.of(CITY_A, CITY_B), january.children().stream().map(DashboardView.Place::code).toList());
        assertEquals(List.of("8", "1", "9"), texts(indicator(january, "activities").byChild()), "cities, then the province");

        DashboardView q1 = dashboard.forRegion(province, null, ReportPeriod.quarter(2025, 1));
        Indicator activitiesQ1 = indicator(q1, "activities");
        assertEquals(List.of("25", "1", "26"), texts(activitiesQ1.byChild()));
        assertEquals("4", activitiesQ1.previous().text(), "Q4 2024");
        assertEquals(new java.math.BigDecimal("550"), activitiesQ1.change().percent(), "26 against 4");
        assertEquals("+550%", activitiesQ1.changeText(key -> key));
        assertEquals("—", indicator(q1, "eldercare.anti-fraud-coverage").changeText(key -> key),
                "no elders on the register in Q4 2024: no share to compare with, not +8 points");
        assertEquals(List.of("9", "7", "10"), texts(activitiesQ1.trend()), "January to March");
        Indicator reached = indicator(q1, "eldercare.reached-by-anti-fraud");
        assertEquals(List.of("6", "2", "8"), texts(reached.byChild()), "the quarter's distinct persons, not the months' 10 + 2");
        assertFalse(reached.value().upperBound());
        assertEquals("8%", indicator(q1, "eldercare.anti-fraud-coverage").value().text(),
                "8 of 100 elders, never the mean of 20 % and 3 %");

        DashboardView cityA = dashboard.forRegion(province, CITY_A, ReportPeriod.quarter(2025, 1));
        assertEquals(List.of(DISTRICT_A1, DISTRICT_A2), cityA.children().stream().map(DashboardView.Place::code).toList());
        assertEquals(List.of("15", "10", "25"), texts(indicator(cityA, "activities").byChild()));
        assertEquals(List.of("测试省", "甲市"), cityA.breadcrumb().stream().map(DashboardView.Place::name).toList());

        DashboardView districtA1 = dashboard.forRegion(province, DISTRICT_A1, ReportPeriod.year(2025));
        assertEquals(List.of("25", "3", "28"), texts(indicator(districtA1, "activities").byChild()), "S1, S2, district");
        DashboardView street = dashboard.forRegion(province, S1, ReportPeriod.year(2025));
        assertTrue(street.children().isEmpty(), "a street is the last level");
        assertEquals("25", indicator(street, "activities").value().text());
        assertEquals("9", indicator(street, "eldercare.reached-by-anti-fraud").value().text(), "the year's window");

        DashboardView year = dashboard.forRegion(province, null, ReportPeriod.year(2025));
        assertEquals(List.of("38", "21", "59"), texts(indicator(year, "activities").byChild()));
        assertEquals(List.of("9", "2", "11"), texts(indicator(year, "eldercare.reached-by-anti-fraud").byChild()));
        Cell run = indicator(dashboard.forRegion(province, null, new ReportPeriod(YearMonth.of(2025, 2), YearMonth.of(2025, 4))),
                "eldercare.reached-by-anti-fraud").value();
        assertEquals("6", run.text(), "February to April: months added up");
        assertTrue(run.upperBound(), "and said to be an upper bound");
    }

    @Test
    void aCountChangesInPercentAShareInPercentagePointsAndTheApiSaysTheSame() {
        // 希望 at 老军营 in November and December 2019, before any demo data: 4 then 5 activities done;
        // 2 of 50 elders reached by anti-fraud work (4 %), then 4 of 40 (10 %).
        String reached = "eldercare.reached-by-anti-fraud";
        rollUps.put(List.of(new RollUpRow("hope", LAOJUNYING, "activities", YearMonth.of(2019, 11), 1, 4),
                new RollUpRow("hope", LAOJUNYING, "activities", YearMonth.of(2019, 12), 1, 5),
                new RollUpRow("hope", LAOJUNYING, "eldercare.elders-served", YearMonth.of(2019, 11), 1, 50),
                new RollUpRow("hope", LAOJUNYING, "eldercare.elders-served", YearMonth.of(2019, 12), 1, 40),
                new RollUpRow("hope", LAOJUNYING, reached, YearMonth.of(2019, 11), 1, 2),
                new RollUpRow("hope", LAOJUNYING, reached, YearMonth.of(2019, 12), 1, 4)));
        DashboardView december = dashboard.forOperator(operatorAdmin("hope"), LAOJUNYING, ReportPeriod.month(YearMonth.of(2019, 12)));
        Indicator activitiesDone = indicator(december, "activities");
        assertEquals("+25%", activitiesDone.changeText(key -> key), "5 against 4");
        Indicator share = indicator(december, "eldercare.anti-fraud-coverage");
        assertEquals("10%", share.value().text());
        assertEquals(new java.math.BigDecimal("6.0"), share.change().points(), "10 % after 4 % is 6 points, not +150 %");
        assertEquals("+6.0 个百分点", share.changeText(key -> key.equals("dashboard.change.points") ? "个百分点" : key));
        assertEquals("—", indicator(dashboard.forOperator(operatorAdmin("hope"), LAOJUNYING,
                ReportPeriod.month(YearMonth.of(2019, 11))), "activities").changeText(key -> key), "nothing in October: no change");

        JsonObject body = json.of(december);
        JsonObject activitiesJson = jsonIndicator(body, "activities");
        assertEquals(25, activitiesJson.getInt("change"));
        assertTrue(activitiesJson.isNull("changePoints"));
        JsonObject shareJson = jsonIndicator(body, "eldercare.anti-fraud-coverage");
        assertTrue(shareJson.isNull("change"));
        assertEquals(6.0, shareJson.getJsonNumber("changePoints").doubleValue());
    }

    @Test
    void theRegionTreeIsReadInOneQueryWhateverTheNumberOfRegions() throws Exception {
        fixedWorld();
        Identity province = civil(PROVINCE);
        ReportPeriod q1 = ReportPeriod.quarter(2025, 1);
        dashboard.forRegion(province, null, q1);   // warm: what is read once per server is not what this counts
        long before = SqlStatements.selectsWhile(() -> dashboard.forRegion(province, null, q1));
        assertTrue(before > 0, "the counter sees the dashboard's statements");

        // Three more districts with five more streets under 乙市: one query per region would add at least three.
        region("990203000000", "乙三区", "DISTRICT", CITY_B);
        region("990203001000", "乙三一街道", "STREET", "990203000000");
        region("990203002000", "乙三二街道", "STREET", "990203000000");
        region("990204000000", "乙四区", "DISTRICT", CITY_B);
        region("990204001000", "乙四一街道", "STREET", "990204000000");
        region("990205000000", "乙五区", "DISTRICT", CITY_B);
        region("990205001000", "乙五一街道", "STREET", "990205000000");
        region("990205001001", "乙五一社区", "COMMUNITY", "990205001000");
        long after = SqlStatements.selectsWhile(() -> dashboard.forRegion(province, null, q1));
        assertEquals(before, after, "the province's dashboard reads as many statements after three districts and five streets more");

        Region top = regions.findByCode(PROVINCE).orElseThrow();
        RegionTree[] read = new RegionTree[1];
        assertEquals(1, SqlStatements.selectsWhile(() -> read[0] = regions.treeUnder(top)), "the tree in one query");
        RegionTree tree = read[0];
        Region cityB = tree.find(CITY_B).orElseThrow();
        assertEquals(List.of(CITY_A, CITY_B), codes(tree.children(top)));
        assertEquals(List.of(DISTRICT_B1, "990203000000", "990204000000", "990205000000"), codes(tree.children(cityB)));
        assertEquals(List.of(S4, S5, "990203001000", "990203002000", "990204001000", "990205001000"), codes(tree.streetsUnder(cityB)));
        assertEquals(List.of(S1, S2, S3), codes(tree.streetsUnder(tree.find(CITY_A).orElseThrow())));
        assertEquals(List.of(PROVINCE, CITY_B, "990203000000", "990203002000"),
                codes(tree.pathTo(tree.find("990203002000").orElseThrow())));
        assertTrue(tree.find("990205001001").isEmpty(), "communities are not part of the dashboard's tree");
        assertTrue(regions.treeUnder(regions.findByCode(CITY_A).orElseThrow()).find(CITY_B).isEmpty(), "a neighbour is outside");
        assertEquals(List.of("990203001000", "990203002000"),
                dashboard.forRegion(province, "990203000000", q1).children().stream().map(DashboardView.Place::code).toList());
        assertEquals(List.of("乙市", "乙三区"), dashboard.forRegion(civil(CITY_B), "990203000000", q1).breadcrumb().stream()
                .map(DashboardView.Place::name).toList(), "the breadcrumb from the viewer's own region down");
    }

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::getCode).toList();
    }

    private static JsonObject jsonIndicator(JsonObject body, String code) {
        return body.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachSeesItsOwnSubtreeOnlyAndAnythingElseIsNotFound() throws Exception {
        fixedWorld();
        DashboardView yingze = dashboard.forRegion(civil("140106000000"), null, ReportPeriod.year(2025));
        assertEquals("迎泽区", yingze.region().name());
        assertEquals(7, yingze.children().size(), "its seven streets");
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forRegion(civil("140106000000"), "140100000000", ReportPeriod.year(2025)), "not the city above");
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forRegion(civil("140100000000"), CITY_A, ReportPeriod.year(2025)), "not another city");
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forRegion(civil(CITY_A), CITY_B, ReportPeriod.year(2025)), "not the neighbour city");
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forRegion(civil(PROVINCE), "999999999999", ReportPeriod.year(2025)), "an unknown code alike");

        DashboardView hope = dashboard.forOperator(operatorAdmin("hope"), "140106000000", ReportPeriod.year(2025));
        assertEquals(Set.of("140106001000", LAOJUNYING), Set.copyOf(hope.children().stream().map(DashboardView.Place::code).toList()),
                "希望 sees its own two streets only");
        assertTrue(hope.operators().stream().allMatch(o -> o.operatorName().equals(hope.operators().get(0).operatorName())));
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forOperator(operatorAdmin("hope"), PROVINCE, ReportPeriod.year(2025)), "another region is 404");
        assertThrows(RecordNotFoundException.class,
                () -> dashboard.forOperator(operatorAdmin("hope"), "140106003000", ReportPeriod.year(2025)), "汇德's street is 404");

        Api api = new Api(base);
        String yingzeToken = Keycloak.accessToken("yingze.mz");
        assertEquals(404, api.get("region/dashboard?region=140100000000", yingzeToken).statusCode());
        assertEquals(404, api.get("region/dashboard?region=" + CITY_A, Keycloak.accessToken("taiyuan.mz")).statusCode());
        assertEquals(200, api.get("region/dashboard?region=" + LAOJUNYING, Keycloak.accessToken("taiyuan.mz")).statusCode());
        HttpResponse<String> bad = api.get("region/dashboard?kind=custom&from=2025-13&to=2025-01", yingzeToken);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(400, api.get("region/dashboard?kind=custom&from=2020-01&to=2025-01", yingzeToken).statusCode(), "over 36 months");
        assertEquals(403, api.get("region/dashboard", Keycloak.accessToken("hope.admin")).statusCode());
        assertEquals(404, api.get("operator/dashboard?region=140106003000", Keycloak.accessToken("hope.admin")).statusCode());
    }

    @Test
    void aSmallSensitiveCountIsHiddenOnThePageInExcelAndInJson() throws Exception {
        fixedWorld();
        DashboardView district = dashboard.forRegion(civil(PROVINCE), DISTRICT_A1, ReportPeriod.quarter(2025, 1));
        Indicator health = indicator(district, HEALTH);
        assertEquals(List.of("<5", "x", "23"), texts(health.byChild()),
                "3 hidden, and 20 withheld with it (x: it is not under 5), since 23 − 20 = 3");
        assertNull(health.byChild().get(0).shown(), "the value never leaves");
        assertEquals("<5", indicator(dashboard.forRegion(civil(PROVINCE), S1, ReportPeriod.quarter(2025, 1)), HEALTH).value().text());
        assertEquals(List.of("23", "7", "30"), texts(indicator(dashboard.forRegion(civil(PROVINCE), CITY_A,
                ReportPeriod.quarter(2025, 1)), HEALTH).byChild()));

        // JSON: what the API sends for this view.
        JsonObject body = json.of(district);
        JsonObject healthJson = body.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(HEALTH)).findFirst().orElseThrow();
        JsonObject s1 = healthJson.getJsonArray("byRegion").getJsonObject(0);
        assertEquals("<5", s1.getString("text"));
        assertTrue(s1.isNull("value"));
        assertFalse(healthJson.toString().contains(":3,"), healthJson.toString());

        // Excel: the sheet by region holds "<5" as text.
        byte[] xlsx = DashboardWorkbook.write(district, code -> code, key -> key);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet regions = book.getSheet("dashboard.sheet.regions");
            Row row = rowOf(regions, HEALTH);
            assertEquals("<5", row.getCell(1).getStringCellValue());
            assertEquals("x", row.getCell(2).getStringCellValue());
            assertEquals(23.0, row.getCell(3).getNumericCellValue());
        }

        // The page, signed in as 迎泽区's civil affairs, over the same rule on demo streets (2020-01, before any real data).
        rollUps.put(List.of(new RollUpRow("hope", LAOJUNYING, HEALTH, YearMonth.of(2020, 1), 1, 3),
                new RollUpRow("hope", YINGZE_STREET, HEALTH, YearMonth.of(2020, 1), 1, 20)));
        assertEquals("3", indicator(dashboard.forOperator(operatorAdmin("hope"), LAOJUNYING, ReportPeriod.month(YearMonth.of(2020, 1))),
                HEALTH).value().text(), "the operator's own figure is not hidden from it");
        PageSession session = new PageSession();
        URL january2020 = new URL(base, "region/stations.xhtml?kind=month&year=2020&month=1");
        assertEquals(200, session.signIn(january2020.toURI(), "yingze.mz", Keycloak.PASSWORD).statusCode());
        HttpResponse<String> page = session.get(january2020.toURI());
        assertEquals(200, page.statusCode(), page.uri().toString());
        String html = page.body();
        assertTrue(html.contains("辖区看板"), html);
        String row = html.substring(html.indexOf("data-region=\"" + LAOJUNYING + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("&lt;5"), row);
        assertFalse(row.contains(">3<"), "no cell of the street shows the 3: " + row);
        // The street alone: its one month is hidden, so its chart says so instead of drawing empty axes.
        String street = session.get(new URL(base, "region/stations.xhtml?region=" + LAOJUNYING + "&kind=month&year=2020&month=1").toURI()).body();
        assertTrue(street.contains("各月数字较小，已隐藏"), "the hidden month is said, not an empty chart");
        HttpResponse<String> apiPage = new Api(base).get("region/dashboard?kind=month&year=2020&month=1", Keycloak.accessToken("yingze.mz"));
        assertTrue(apiPage.body().contains("\"text\":\"<5\""), apiPage.body());

        // The PDF report of the same page (its text is read back in DashboardReportTest).
        HttpResponse<String> pdf = session.get(new URL(base, "region/stations.xhtml?kind=month&year=2020&month=1&format=pdf").toURI());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF, not the page");
        String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename=\"dashboard-140106000000-2020-01-2020-01.pdf\""), "an ASCII fallback: " + disposition);
        assertEquals("迎泽区-2020年1月.pdf", java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17),
                java.nio.charset.StandardCharsets.UTF_8), "the file named in words (RFC 5987): " + disposition);
    }

    @Test
    void theStationsApiGivesEachStationsRollUpsWithinTheTokensRegionOnly() throws Exception {
        rollUps.put(List.of(new RollUpRow("hope", LAOJUNYING, "activities", YearMonth.of(2020, 2), 1, 7),
                new RollUpRow("hope", LAOJUNYING, "residents", YearMonth.of(2020, 2), 1, 42),
                new RollUpRow("hope", LAOJUNYING, "activities", YearMonth.of(2020, 3), 1, 5)));
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.mz");
        HttpResponse<String> february = api.get("region/stations?kind=month&year=2020&month=2", yingze);
        assertEquals(200, february.statusCode(), february.body());
        JsonArray lines = Keycloak.json("{\"l\":" + february.body() + "}").getJsonArray("l");
        assertEquals(7, lines.size(), "迎泽区's seven stations: " + february.body());
        assertTrue(lines.getValuesAs(JsonObject.class).stream().allMatch(l -> l.getString("streetCode").startsWith("140106")),
                "nothing outside 迎泽区");
        JsonObject laojunying = lines.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("streetCode").equals(LAOJUNYING)).findFirst().orElseThrow();
        assertEquals(7, laojunying.getJsonObject("activitiesDone").getInt("value"), "the roll-up, not a live count");
        assertEquals(42, laojunying.getJsonObject("residents").getInt("value"));
        JsonObject q1 = Keycloak.json("{\"l\":" + api.get("region/stations?kind=quarter&year=2020&quarter=1", yingze).body() + "}")
                .getJsonArray("l").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("streetCode").equals(LAOJUNYING)).findFirst().orElseThrow();
        assertEquals(12, q1.getJsonObject("activitiesDone").getInt("value"), "February and March");
        assertEquals(0, q1.getJsonObject("residents").getInt("value"), "the register at the quarter's end (no March row)");

        assertEquals(400, api.get("region/stations?kind=month&year=2020&month=13", yingze).statusCode());
        assertEquals(400, api.get("region/stations?kind=custom&from=2020-01&to=2024-01", yingze).statusCode(), "over 36 months");
        assertEquals(403, api.get("region/stations", Keycloak.accessToken("hope.admin")).statusCode());
        String taiyuan = api.get("region/stations?kind=month&year=2020&month=2", Keycloak.accessToken("taiyuan.mz")).body();
        assertTrue(taiyuan.contains(LAOJUNYING) && !taiyuan.contains(S1), "太原市 sees 迎泽区 but no other city's street");
    }

    /**
     * Coverage was today's whatever the period: 7 of 7 for 2020, before any of 迎泽区's demo contracts began.
     * Other tests of the suite add contracts of their own on these streets, so the figures are checked
     * against the contracts in force on the day (read here with a query of the test's own), not fixed numbers.
     */
    @Test
    void coverageIsThatOfThePeriodsLastDayOrTodayWhileItRuns() {
        Identity yingze = civil("140106000000");
        LocalDate today = LocalDate.now(clock);
        DashboardView.Coverage now = dashboard.forRegion(yingze, null, ReportPeriod.year(today.getYear())).coverage();
        assertEquals(today, now.asOf(), "a period that has not ended is covered as of today");
        assertEquals(7, now.streets());
        assertEquals(streetsUnderContract("140106", today), now.covered());
        for (int year : List.of(2020, 2024)) {
            DashboardView.Coverage then = dashboard.forRegion(yingze, null, ReportPeriod.year(year)).coverage();
            LocalDate lastDay = LocalDate.of(year, 12, 31);
            assertEquals(lastDay, then.asOf());
            assertEquals(streetsUnderContract("140106", lastDay), then.covered(), "in " + year);
        }
        assertTrue(dashboard.forRegion(yingze, null, ReportPeriod.year(2020)).coverage().covered() < now.covered(),
                "fewer streets in 2020 (the demo's first contract, 老军营's, began on 2021-07-01) than today");
    }

    /** Streets of a county (by code prefix) with a contract in force on a day, by plain SQL over every tenant's contracts. */
    private static long streetsUnderContract(String county, LocalDate day) {
        try (java.sql.Connection c = Fixtures.dataSource().getConnection();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(DISTINCT r.code) FROM contract k JOIN station s ON s.id = k.station_id"
                     + " JOIN region r ON r.id = s.street_id WHERE r.code LIKE ? AND k.starts_on <= ? AND k.ends_on >= ?")) {
            q.setString(1, county + "%");
            q.setObject(2, day);
            q.setObject(3, day);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One source of truth: a contract's line on the dashboard gives what its contract progress counts
     * (the operator's station page). A contract year is seldom a calendar year, and its distinct persons
     * were the months added up — 180 volunteers "at most" on the dashboard where the station page counted
     * 30 — so the contract year so far is rolled up as a window of its own and its figure is exact.
     */
    @Test
    void aContractLineGivesItsContractProgresssFigureEvenForDistinctPersonsOverAContractYear() {
        assertTrue(jobs.runNow(CoreModule.ROLL_UP_REBUILD_JOB).ran());
        LocalDate today = LocalDate.now(clock);
        DashboardView view = dashboard.forRegion(civil(YINGZE_DISTRICT), null, ReportPeriod.year(today.getYear()));
        Map<String, org.shegong.platform.api.module.MetricKind> kinds = new java.util.HashMap<>();
        view.indicators().forEach(i -> kinds.put(i.code(), i.kind()));
        int lines = 0;
        int distinctOverAContractYear = 0;
        for (OperatorLine line : view.operators()) {
            if (line.done().notCounted() || line.done().suppressed() || line.done().percent()) {
                continue;
            }
            org.shegong.platform.domain.model.contract.Contract contract = contracts.findByNumber(line.contractNumber()).orElseThrow();
            Long counted = work.call(contract.getOperator().tenantId(), "it-user", () -> progress.of(contract, today)).stream()
                    .filter(t -> t.metric().equals(line.metric())).findFirst().orElseThrow().counted();
            assertEquals(counted, line.done().shown(), "the station page's figure: " + line);
            assertFalse(line.done().upperBound(), "exact, not at most: " + line);
            lines++;
            if (kinds.get(line.metric()) == org.shegong.platform.api.module.MetricKind.DISTINCT_PERSONS_IN_PERIOD
                    && new ReportPeriod(YearMonth.from(LocalDate.parse(line.yearStarts())), YearMonth.from(today)).window().isEmpty()) {
                distinctOverAContractYear++;
            }
        }
        assertTrue(lines > 0, "迎泽区's contracts have targets");
        assertTrue(distinctOverAContractYear > 0, "a distinct-persons target over a contract year that is no calendar period is checked");
    }

    /** A month of 13 showed Java's English text and a year of "abc" broke the page; both exported a year nobody asked for. */
    @Test
    void aBadPeriodIsRefusedWithItsReasonOnThePageInTheApiAndInNoExport() throws Exception {
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.mz");
        for (String query : List.of("kind=month&year=2026&month=13", "kind=year&year=abc", "kind=quarter&year=2026&quarter=x",
                "kind=year&year=99999999999")) {
            for (String route : List.of("region/dashboard?", "region/stations?")) {
                HttpResponse<String> answer = api.get(route + query, yingze);
                assertEquals(400, answer.statusCode(), route + query + ": " + answer.body());
                assertFalse(answer.body().contains("Invalid value") || answer.body().contains("Exception"), answer.body());
            }
        }
        assertEquals(400, api.get("operator/dashboard?kind=year&year=abc", Keycloak.accessToken("hope.admin")).statusCode());

        PageSession session = new PageSession();
        URL badMonth = new URL(base, "region/stations.xhtml?kind=month&year=2026&month=13");
        session.signIn(badMonth.toURI(), "yingze.mz", Keycloak.PASSWORD);
        HttpResponse<String> page = session.get(badMonth.toURI());
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("月份须为1–12：13"), page.body());
        assertFalse(page.body().contains("Invalid value"), page.body());
        assertTrue(java.util.regex.Pattern.compile("<option value=\"year\" selected").matcher(page.body()).find()
                && !page.body().contains("<option value=\"13\""), "the picker shows the year shown, not month 13");
        HttpResponse<String> badYear = session.get(new URL(base, "region/stations.xhtml?kind=year&year=abc").toURI());
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("年份须为2000–2100之间的整数：abc"), badYear.body());
        assertTrue(badYear.body().contains("id=\"cards\""), "the dashboard is still there, for this year");
        for (String format : List.of("xlsx", "pdf")) {
            HttpResponse<String> export = session.get(new URL(base, "region/stations.xhtml?kind=month&year=2026&month=13&format=" + format).toURI());
            assertEquals(400, export.statusCode(), format);
            assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "no file: " + export.headers());
        }
    }

    /**
     * 晋阳 (桥东, 郝庄) has no elder care: its streets say the module is not on, never 0 (a civil-affairs
     * reader takes 0 for "served nobody"); the district's row says over how many of its streets it is
     * counted. 柳巷 is checked against whichever operator holds it today: 同心 (neither clubs nor child
     * protection) or an operator other ITs make like 同心 on its streets (ChildFileIT's has child
     * protection alone, ClubsSwitchIT's clubs alone), and which ran first depends on the order the classes
     * run in (CI saw 柳巷 counted for child protection). 庙前 is not named for the same reason, so the
     * district's count is checked against its own street cells, not a fixed 5 of 7.
     */
    @Test
    void aStreetWhoseOperatorHasNotTheModuleSaysSoInsteadOfZeroOnThePageInExcelAndInJson() throws Exception {
        int year = LocalDate.now(clock).getYear();
        DashboardView district = dashboard.forRegion(civil(YINGZE_DISTRICT), null, ReportPeriod.year(year));
        List<String> children = district.children().stream().map(DashboardView.Place::code).toList();
        int liuxiang = children.indexOf(LIUXIANG);
        int qiaodong = children.indexOf(QIAODONG);
        int laojunying = children.indexOf(LAOJUNYING);
        Indicator elders = indicator(district, ELDERS);
        assertNull(elders.byChild().get(qiaodong).shown(), "桥东's operator has no elder care: no figure, not 0");
        assertNotNull(elders.byChild().get(laojunying).shown(), "老军营 (希望 has elder care) keeps its figure");
        assertNotNull(indicator(district, CLUBS).byChild().get(laojunying).shown(), "and its clubs");
        Set<String> liuxiangCounts = metricsOfOperatorAt(LIUXIANG);
        for (String metric : List.of(CLUBS, CHILDREN, ELDERS)) {
            Cell cell = indicator(district, metric).byChild().get(liuxiang);
            if (liuxiangCounts.contains(metric)) {
                assertNotNull(cell.shown(), "柳巷's operator has " + metric + " on: a figure, 0 or more: " + cell);
            } else {
                // An earlier operator's figure this year is still shown; a 0 never is, where the module is off.
                assertTrue(cell.shown() == null ? cell.notCounted() : cell.shown() > 0,
                        "柳巷 shows " + metric + " as not counted or an earlier operator's figure, never 0: " + cell + " " + liuxiangCounts);
            }
        }

        // JSON: null with a flag; the district's row says how many of its streets it counts.
        JsonObject eldersJson = json.of(district).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(ELDERS)).findFirst().orElseThrow();
        JsonObject qiaodongJson = eldersJson.getJsonArray("byRegion").getJsonObject(qiaodong);
        assertTrue(qiaodongJson.isNull("value"), qiaodongJson.toString());
        assertTrue(qiaodongJson.getBoolean("notCounted", false), qiaodongJson.toString());
        assertFalse(eldersJson.getJsonArray("byRegion").getJsonObject(laojunying).getBoolean("notCounted", true));
        JsonObject total = eldersJson.getJsonObject("value");
        assertEquals(7, total.getInt("streets", -1), total.toString());
        // a street with no operator in force (庙前 after StaffLoginsIT ends its contract) shows a figure but counts for none
        int counted = total.getInt("streetsCounted", -1);
        assertTrue(counted >= 1 && counted < 7, "桥东 at least is not counted, 老军营 is: " + total);
        assertTrue(counted <= elders.byChild().stream().filter(c -> c.shown() != null).count(),
                "every street counted shows a figure: " + total);

        // Excel: the label as text where the sheet had a 0.
        byte[] xlsx = DashboardWorkbook.write(district, code -> code, key -> key);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = rowOf(book.getSheet("dashboard.sheet.regions"), ELDERS);
            assertEquals("dashboard.notCounted", row.getCell(qiaodong + 1).getStringCellValue());
        }

        // The page, as 迎泽区's civil affairs reads it.
        PageSession session = new PageSession();
        URL page = new URL(base, "region/stations.xhtml?kind=year&year=" + year);
        assertEquals(200, session.signIn(page.toURI(), "yingze.mz", Keycloak.PASSWORD).statusCode());
        String html = session.get(page.toURI()).body();
        String qiaodongRow = html.substring(html.indexOf("data-region=\"" + QIAODONG + "\""));
        qiaodongRow = qiaodongRow.substring(0, qiaodongRow.indexOf("</tr>"));
        assertTrue(qiaodongRow.contains("未计入（模块未开通）"), qiaodongRow);
        String totalRow = html.substring(html.indexOf("total-row"));
        totalRow = totalRow.substring(0, totalRow.indexOf("</tr>"));
        assertTrue(totalRow.contains("计入 " + counted + "/7 个街道"), totalRow);
        HttpResponse<String> api = new Api(base).get("region/dashboard?kind=year&year=" + year, Keycloak.accessToken("yingze.mz"));
        assertTrue(api.body().contains("\"notCounted\":true"), api.body());
    }

    /** An operator's dashboard shows its own stations: titled with the operator, not the province at its tree's top. */
    @Test
    void theOperatorsDashboardIsTitledWithTheOperatorNotTheProvince() throws Exception {
        DashboardView own = dashboard.forOperator(operatorAdmin("hope"), null, ReportPeriod.year(2025));
        assertEquals("希望社会工作服务中心", own.operatorName());
        // It opens where its streets part (both in 迎泽区): a row per street, not one city row equal to the total.
        assertEquals("迎泽区", own.region().name(), "the lowest region above 希望's streets");
        assertTrue(own.children().stream().map(DashboardView.Place::code).toList().containsAll(List.of("140106001000", LAOJUNYING)),
                "its streets are the rows: " + own.children());
        PageSession session = new PageSession();
        URL page = new URL(base, "operator/dashboard.xhtml");
        assertEquals(200, session.signIn(page.toURI(), "hope.admin", Keycloak.PASSWORD).statusCode());
        String html = session.get(page.toURI()).body();
        String h1 = html.substring(html.indexOf("<h1>"), html.indexOf("</h1>"));
        assertTrue(h1.contains("希望社会工作服务中心"), h1);
        assertFalse(h1.contains("山西省"), "the province is not the operator's region: " + h1);
    }

    @Test
    void aModuleSwitchedOffLeavesTheRegionsFiguresAtOnce() throws Exception {
        fixedWorld();
        ReportPeriod q1 = ReportPeriod.quarter(2025, 1);
        assertEquals("30", indicator(dashboard.forRegion(civil(PROVINCE), CITY_A, q1), HEALTH).value().text());
        try {
            moduleSwitched.fire(new ModuleSwitched(TenantId.of("hope"), "eldercare", false));
            DashboardView after = dashboard.forRegion(civil(PROVINCE), null, q1);
            assertEquals(List.of("0", "0", "0"), texts(indicator(after, HEALTH).byChild()), "希望's health figures left every level");
            assertEquals(List.of("0", "2", "2"), texts(indicator(after, "eldercare.reached-by-anti-fraud").byChild()),
                    "汇德's stay");
            assertEquals(List.of("25", "1", "26"), texts(indicator(after, "activities").byChild()), "another module's stay");
        } finally {
            fixedWorld();
        }
        assertEquals("30", indicator(dashboard.forRegion(civil(PROVINCE), CITY_A, q1), HEALTH).value().text(), "written back");
    }

    @Test
    void newDoneActivitiesShowAfterTheIncrementalRefreshNotBeforeAndAgreeWithContractProgress() {
        assertTrue(jobs.runNow(CoreModule.ROLL_UP_REBUILD_JOB).ran());
        LocalDate today = LocalDate.now(clock);
        ReportPeriod thisMonth = ReportPeriod.month(YearMonth.from(today));
        Identity yingze = civil("140106000000");
        long before = activitiesAt(dashboard.forRegion(yingze, LAOJUNYING, thisMonth));
        assertTrue(dashboard.forRegion(yingze, LAOJUNYING, thisMonth).refreshedAt() != null, "the page can say when");

        work.run(TenantId.of("hope"), "it-user", () -> {
            for (int i = 0; i < 10; i++) {
                activities.markDone(activities.plan("看板刷新测试" + i, ActivityType.GROUP_ACTIVITY, today, LAOJUNYING, null).getId());
            }
        });
        assertEquals(before, activitiesAt(dashboard.forRegion(yingze, LAOJUNYING, thisMonth)), "not before the refresh");

        TenantJobs.Outcome refresh = jobs.runNow(CoreModule.ROLL_UP_JOB);
        assertTrue(refresh.done().contains(TenantId.of("hope")), refresh.toString());
        assertEquals(before + 10, activitiesAt(dashboard.forRegion(yingze, LAOJUNYING, thisMonth)), "after it");

        // One source of truth: the contract progress (live), the region's operator line and the operator's own line agree.
        long live = work.call(TenantId.of("hope"), "it-user", () -> progress.of(contracts.findByNumber("YZMZ-2021-005").orElseThrow(), today))
                .stream().filter(t -> t.metric().equals("activities")).findFirst().orElseThrow().counted();
        OperatorLine region = line(dashboard.forRegion(yingze, null, thisMonth));
        OperatorLine own = line(dashboard.forOperator(operatorAdmin("hope"), null, thisMonth));
        assertEquals(live, region.done().shown());
        assertEquals(live, own.done().shown());
        assertEquals(region.expected(), own.expected());
        assertEquals(region.behind(), own.behind());
    }

    /**
     * 在册服务对象 counts a person from their registration date (建档日期): a ledger entry typed today with a
     * 建档日期 five months back counts in that month and every month since after the incremental
     * refresh (not only after a full rebuild), at its own operator's street only — another operator's
     * resident registered today changes only its own street's current month; a corrected date counts
     * from the new month on.
     */
    @Test
    void aResidentRegisteredTodayWithAnEarlierRegistrationDateCountsFromThenAfterTheIncrementalRefresh() {
        assertTrue(jobs.runNow(CoreModule.ROLL_UP_REBUILD_JOB).ran());
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        YearMonth past = now.minusMonths(5);
        Identity district = civil(YINGZE_DISTRICT);
        String wenmiao = Fixtures.STREET_WENMIAO;
        long hopePast = residentsAt(district, YINGZE_STREET, past);
        long hopeBetween = residentsAt(district, YINGZE_STREET, past.plusMonths(2));
        long hopeEarlier = residentsAt(district, YINGZE_STREET, past.minusMonths(2));
        long hopeNow = residentsAt(district, YINGZE_STREET, now);
        long huidePast = residentsAt(district, wenmiao, past);
        long huideNow = residentsAt(district, wenmiao, now);

        long id = work.call(TenantId.of("hope"), "it-user", () -> residents.register(
                Fixtures.resident("建档看板", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE, past.atDay(10))).getId());
        work.call(TenantId.of("huide"), "it-user", () -> residents.register(
                Fixtures.resident("建档看板乙", Fixtures.freshIdNumber(), Fixtures.COMMUNITY_WENMIAO)).getId());
        assertEquals(hopePast, residentsAt(district, YINGZE_STREET, past), "not before the refresh");

        TenantJobs.Outcome refresh = jobs.runNow(CoreModule.ROLL_UP_JOB);
        assertTrue(refresh.done().contains(TenantId.of("hope")), refresh.toString());
        assertEquals(hopePast + 1, residentsAt(district, YINGZE_STREET, past), "counted in the month of its 建档日期");
        assertEquals(hopeBetween + 1, residentsAt(district, YINGZE_STREET, past.plusMonths(2)), "and every month since");
        assertEquals(hopeNow + 1, residentsAt(district, YINGZE_STREET, now));
        assertEquals(hopeEarlier, residentsAt(district, YINGZE_STREET, past.minusMonths(2)), "not before it");
        assertEquals(huidePast, residentsAt(district, wenmiao, past), "the other operator's street: its past as it was");
        assertEquals(huideNow + 1, residentsAt(district, wenmiao, now), "its own resident, registered today");

        // the ledger's date corrected two months earlier: those months count the person after the next refresh
        work.run(TenantId.of("hope"), "it-user", () -> {
            long version = residents.find(id).orElseThrow().getVersion();
            residents.updateInStreets(id, version, Fixtures.resident("建档看板", null,
                    Fixtures.COMMUNITY_YINGZE, past.minusMonths(2).atDay(1)), Set.of(YINGZE_STREET));
        });
        jobs.runNow(CoreModule.ROLL_UP_JOB);
        assertEquals(hopeEarlier + 1, residentsAt(district, YINGZE_STREET, past.minusMonths(2)), "from the corrected month on");
        assertEquals(hopePast + 1, residentsAt(district, YINGZE_STREET, past));
    }

    private long residentsAt(Identity who, String street, YearMonth month) {
        return indicator(dashboard.forRegion(who, street, ReportPeriod.month(month)), "residents").value().shown();
    }

    private static OperatorLine line(DashboardView view) {
        return view.operators().stream().filter(o -> o.streetCode().equals(LAOJUNYING) && o.metric().equals("activities"))
                .findFirst().orElseThrow(() -> new AssertionError("no activities line for 老军营: " + view.operators()));
    }

    private static long activitiesAt(DashboardView view) {
        return indicator(view, "activities").value().shown();
    }

    private static Indicator indicator(DashboardView view, String code) {
        return view.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code + " in " + view.indicators().stream().map(Indicator::code).toList()));
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    private static Row rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /**
     * The fixed world: 测试省 → 甲市 (甲一区: S1, S2; 甲二区: S3) and 乙市 (乙一区: S4, and the township S5),
     * with 希望's roll-ups at S1–S3 and 汇德's at S4 (their modules count them; none at S5).
     */
    private void fixedWorld() throws SQLException {
        region(PROVINCE, "测试省", "PROVINCE", null);
        region(CITY_A, "甲市", "CITY", PROVINCE);
        region(DISTRICT_A1, "甲一区", "DISTRICT", CITY_A);
        region(S1, "甲一街道", "STREET", DISTRICT_A1);
        region(S2, "甲二街道", "STREET", DISTRICT_A1);
        region(DISTRICT_A2, "甲二区", "DISTRICT", CITY_A);
        region(S3, "甲三街道", "STREET", DISTRICT_A2);
        region(CITY_B, "乙市", "CITY", PROVINCE);
        region(DISTRICT_B1, "乙一区", "DISTRICT", CITY_B);
        region(S4, "乙一街道", "STREET", DISTRICT_B1);
        region(S5, "乙一镇", "TOWNSHIP", DISTRICT_B1);
        List<RollUpRow> rows = new ArrayList<>();
        Map<String, long[]> activitiesByMonth = Map.of(   // Jan … Dec 2025
                S1, new long[] {5, 7, 0, 11, 0, 0, 0, 0, 0, 0, 0, 2},
                S2, new long[] {3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                S3, new long[] {0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                S4, new long[] {1, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0});
        activitiesByMonth.forEach((street, months) -> {
            for (int m = 0; m < 12; m++) {
                rows.add(new RollUpRow(street.equals(S4) ? "huide" : "hope", street, "activities", YearMonth.of(2025, m + 1), 1, months[m]));
            }
        });
        rows.add(new RollUpRow("hope", S3, "activities", YearMonth.of(2024, 12), 1, 4));
        String reached = "eldercare.reached-by-anti-fraud";
        rows.add(new RollUpRow("hope", S1, reached, YearMonth.of(2025, 1), 1, 4));
        rows.add(new RollUpRow("hope", S1, reached, YearMonth.of(2025, 2), 1, 4));
        rows.add(new RollUpRow("hope", S1, reached, YearMonth.of(2025, 3), 1, 2));
        rows.add(new RollUpRow("hope", S1, reached, YearMonth.of(2025, 1), 3, 6));
        rows.add(new RollUpRow("hope", S1, reached, YearMonth.of(2025, 1), 12, 9));
        rows.add(new RollUpRow("huide", S4, reached, YearMonth.of(2025, 1), 1, 2));
        rows.add(new RollUpRow("huide", S4, reached, YearMonth.of(2025, 1), 3, 2));
        rows.add(new RollUpRow("huide", S4, reached, YearMonth.of(2025, 1), 12, 2));
        rows.add(new RollUpRow("hope", S1, "eldercare.elders-served", YearMonth.of(2025, 3), 1, 30));
        rows.add(new RollUpRow("huide", S4, "eldercare.elders-served", YearMonth.of(2025, 3), 1, 70));
        rows.add(new RollUpRow("hope", S1, HEALTH, YearMonth.of(2025, 1), 1, 3));
        rows.add(new RollUpRow("hope", S2, HEALTH, YearMonth.of(2025, 2), 1, 20));
        rows.add(new RollUpRow("hope", S3, HEALTH, YearMonth.of(2025, 3), 1, 7));
        rollUps.put(rows);
    }

    private static void region(String code, String name, String level, String parent) throws SQLException {
        try (Connection c = Fixtures.dataSource().getConnection()) {
            Fixtures.region(c, code, name, level, parent);
        }
    }
}
