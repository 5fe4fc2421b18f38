package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.array;
import static org.shegong.modules.clubs.it.ClubsApiIT.filing;
import static org.shegong.modules.clubs.it.ClubsApiIT.id;
import static org.shegong.modules.clubs.it.ClubsApiIT.json;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * An operator of its own (made like 同心, clubs only, no demo data): a fixed set of clubs gives
 * exactly the expected communities at and below the 191号 target, per kind, and the operator's dashboard
 * counts them once as 服务社团数 for a quarter and a month (a stock, not added up); then the module is
 * switched off (menu gone, pages and API 404, rows kept) and on again (all back).
 */
@ExtendWith(ArquillianExtension.class)
class ClubsSwitchIT {

    static final String CODE = "it-clubs";
    /** Today at the stations, asked at each use: a value kept from class loading goes stale when a run crosses midnight in Shanghai (16:00 UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    static final String LIUXIANG_SOUTH = "140106002001";
    static final String ZHONGLOU = "140106002002";
    static final String QIAOTOU = "140106002003";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ClubsSwitchIT.class, ClubsApiIT.class, PageSession.class, Keycloak.class, Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantJobs jobs;

    @Test
    void aFixedSetOfClubsGivesTheCoverageAndSwitchedOffTheModuleVanishesKeepingItsData(@TempDir Path dir) throws Exception {
        String descriptor = Fixtures.operatorLikeTongxin(CODE, "社团开关测试中心", "\"clubs\"");
        Fixtures.provision(provisioning, dir, CODE, descriptor);
        Api api = new Api(base);
        String lead = Keycloak.accessToken(CODE + ".lead");
        if (array(ok(api.get("clubs", lead))).isEmpty()) {
            String[] kinds = {"CHARITY", "LIFE_SERVICE", "COMMUNITY_AFFAIRS", "CULTURE_SPORTS"};
            for (int i = 0; i < 10; i++) {
                filed(api, lead, "柳南" + i, kinds[i % 4], LIUXIANG_SOUTH);
            }
            for (int i = 0; i < 9; i++) {
                filed(api, lead, "钟楼" + i, "CULTURE_SPORTS", ZHONGLOU);
            }
            ok(api.post("clubs", lead, ClubsApiIT.club("钟楼兴趣组", "CHARITY", ZHONGLOU)));
        }

        Map<String, JsonObject> coverage = array(ok(api.get("clubs/coverage", lead))).stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(c -> c.getString("communityCode"), c -> c));
        assertTrue(coverage.keySet().containsAll(List.of(LIUXIANG_SOUTH, ZHONGLOU, QIAOTOU)), coverage.keySet().toString());
        JsonObject south = coverage.get(LIUXIANG_SOUTH);
        assertEquals(10, south.getInt("total"));
        assertEquals(10, south.getInt("target"));
        assertTrue(south.getBoolean("atTarget"));
        assertEquals(Map.of("CHARITY", 3, "LIFE_SERVICE", 3, "COMMUNITY_AFFAIRS", 2, "CULTURE_SPORTS", 2),
                south.getJsonObject("perKind").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> ((jakarta.json.JsonNumber) e.getValue()).intValue())));
        JsonObject zhonglou = coverage.get(ZHONGLOU);
        assertEquals(9, zhonglou.getInt("total"), "the interest group is not an organisation yet");
        assertEquals(1, zhonglou.getInt("gap"));
        assertFalse(zhonglou.getBoolean("atTarget"));
        assertEquals(0, coverage.get(QIAOTOU).getInt("total"));
        assertEquals(10, coverage.get(QIAOTOU).getInt("gap"));
        assertEquals("URBAN", coverage.get(QIAOTOU).getString("kind"));

        assertClubsHelpedIsTheClubsInForce(api, lead);

        long club = id(array(ok(api.get("clubs?community=" + ZHONGLOU + "&stage=INTEREST_GROUP", lead))).getJsonObject(0));
        PageSession browser = new PageSession();
        HttpResponse<String> page = browser.signIn(new URL(base, "clubs/clubs.xhtml").toURI(), CODE + ".lead", Keycloak.PASSWORD);
        assertEquals(200, page.statusCode(), page.uri().toString());
        assertTrue(page.body().contains("钟楼兴趣组"), page.body());
        HttpResponse<String> coveragePage = browser.get(new URL(base, "clubs/coverage.xhtml").toURI());
        assertEquals(200, coveragePage.statusCode());
        assertTrue(coveragePage.body().contains("钟楼街社区") && coveragePage.body().contains("below-target"), coveragePage.body());
        ok(api.post("clubs/" + club + "/activities", lead, ClubsApiIT.activity("PERFORMANCE", "钟楼迎新演出", ClubsApiIT.today())));
        HttpResponse<String> clubPage = browser.get(new URL(base, "clubs/club.xhtml?id=" + club).toURI());
        assertEquals(200, clubPage.statusCode());
        assertTrue(clubPage.body().contains("钟楼迎新演出") && clubPage.body().contains("activityChart"),
                "the club page lists its activity and charts it: " + clubPage.body());
        long rows = Fixtures.countRows("club where tenant_id = '" + CODE + "'");

        Fixtures.provision(provisioning, dir, CODE, descriptor.replace("\"modules\": [\"clubs\"]", "\"modules\": []"));
        assertFalse(menu(api, lead).contains("/clubs/clubs.xhtml"), "no menu entry");
        assertEquals(404, browser.get(new URL(base, "clubs/clubs.xhtml").toURI()).statusCode());
        assertEquals(404, browser.get(new URL(base, "clubs/coverage.xhtml").toURI()).statusCode());
        assertEquals(404, api.get("clubs/" + club, lead).statusCode());
        assertEquals(404, api.get("clubs/coverage", lead).statusCode());
        assertEquals(404, api.get("clubs/" + club + "/activities", lead).statusCode());
        assertEquals(404, browser.get(new URL(base, "clubs/club.xhtml?id=" + club).toURI()).statusCode());
        assertEquals("clubs.club:" + club, array(ok(api.get("activities", lead))).stream().map(v -> v.asJsonObject())
                .filter(a -> "钟楼迎新演出".equals(a.getString("title"))).findFirst().orElseThrow().getString("organiser"),
                "the platform activity stays, still naming its club");
        assertEquals(404, api.post("clubs", lead, ClubsApiIT.club("关闭时", "CHARITY", ZHONGLOU)).statusCode());
        assertEquals(rows, Fixtures.countRows("club where tenant_id = '" + CODE + "'"), "switching off deletes nothing");

        Fixtures.provision(provisioning, dir, CODE, descriptor);
        assertTrue(menu(api, lead).contains("/clubs/clubs.xhtml"));
        assertEquals("钟楼兴趣组", json(ok(api.get("clubs/" + club, lead))).getJsonObject("club").getString("name"), "back, with its data");
    }

    /**
     * 服务社团数 is a stock: the 20 clubs (founded a year ago, none closed) are 20 in a past quarter and in
     * this month, not 60 — as a count of events the roll-ups added a quarter's three months up.
     */
    private void assertClubsHelpedIsTheClubsInForce(Api api, String lead) {
        int inForce = array(ok(api.get("clubs", lead))).size();
        assertEquals(20, inForce);
        assertTrue(jobs.runNow("core.roll-up-rebuild").done().contains(TenantId.of(CODE)), "the roll-ups rebuilt for " + CODE);
        String admin = Keycloak.accessToken(CODE + ".admin");
        LocalDate past = today().minusMonths(3);
        String quarter = "operator/dashboard?kind=quarter&year=" + past.getYear() + "&quarter=" + ((past.getMonthValue() - 1) / 3 + 1);
        String month = "operator/dashboard?kind=month&year=" + today().getYear() + "&month=" + today().getMonthValue();
        for (String query : List.of(quarter, month)) {
            JsonObject helped = json(ok(api.get(query, admin))).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                    .filter(i -> "clubs.helped".equals(i.getString("code"))).findFirst().orElseThrow(() -> new AssertionError(query));
            assertEquals(inForce, helped.getJsonObject("value").getInt("value"), query + ": " + helped);
        }
    }

    private static void filed(Api api, String lead, String name, String kind, String community) {
        long id = id(json(ok(api.post("clubs", lead, ClubsApiIT.club(name, kind, community)))));
        long m = id(json(ok(api.post("clubs/" + id + "/milestones", lead, "{\"title\":\"制定内部规章\"}"))));
        ok(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"INCUBATING\"}"));
        ok(api.post("clubs/" + id + "/milestones/" + m + "/done", lead, "{\"doneOn\":\"" + today() + "\"}"));
        long c = id(json(ok(api.post("clubs/" + id + "/charters", lead, "{\"text\":\"第一条 " + name + "。\"}"))));
        ok(api.post("clubs/" + id + "/charters/" + c + "/approve", lead, ""));
        ok(api.post("clubs/" + id + "/steps", lead, filing("柳备-" + name)));
    }

    private static List<String> menu(Api api, String token) {
        return Keycloak.json(api.get("me", token).body()).getJsonArray("menu").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }
}
