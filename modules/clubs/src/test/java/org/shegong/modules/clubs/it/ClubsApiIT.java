package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.Fixtures;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * The clubs API with real tokens of two operators: 希望's 老军营 lead and worker, 汇德's 文庙 lead.
 * Each operator reaches only its own clubs (the other's are 404); the path's steps need their
 * evidence and the lead; charters are approved by the lead and compared; a merge unites members
 * once, keeps the teams' histories reachable, moves the community's count, and refuses an edit of
 * a merged club. Bad input is a 400 with the reason and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ClubsApiIT {

    /** Today at the stations, asked at each use: a value kept from class loading goes stale when a run crosses midnight in Shanghai (16:00 UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    static final String WULONGKOU = "140106005002";
    static final String WENMIAO = "140106003001";
    /** A valid code of civil affairs (5…) whose check character is H. */
    static final String CREDIT_CODE = "51140106MJ0000001H";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;
    String lead;
    String worker;
    String huide;

    @BeforeEach
    void twoOperators() {
        api = new Api(base);
        lead = Keycloak.accessToken("laojunying.lead");
        worker = Keycloak.accessToken("laojunying.worker");
        huide = Keycloak.accessToken("wenmiao.lead");
    }

    @Test
    void aClubIsReadAndChangedOnlyByItsOperatorAndBadInputChangesNothing() {
        JsonObject club = json(ok(api.post("clubs", worker, club("银发合唱团", "CULTURE_SPORTS", WULONGKOU))));
        long id = id(club);
        assertEquals("INTEREST_GROUP", club.getString("stage"));
        assertEquals("兴趣小组", club.getString("stageLabel"));
        assertEquals("五龙口三社区", club.getString("communityName"));

        assertEquals(404, api.get("clubs/" + id, huide).statusCode());
        assertEquals(404, api.put("clubs/" + id, huide, "{\"name\":\"改名\"}").statusCode());
        assertEquals(404, api.post("clubs/" + id + "/charters", huide, "{\"text\":\"x\"}").statusCode());
        assertFalse(ids(array(ok(api.get("clubs", huide)))).contains(id), "huide's list never shows it");
        assertEquals(400, api.post("clubs", huide, club("越界社团", "CHARITY", WULONGKOU)).statusCode(),
                "a community of another operator's station is refused");

        assertRefusedWith(api.post("clubs", worker, "{}"), "clubs.refused.name");
        assertRefusedWith(api.post("clubs", worker, club(" ", "CHARITY", WULONGKOU)), "clubs.refused.name");
        assertRefusedWith(api.post("clubs", worker, club("未来社团", "CHARITY", WULONGKOU).replace(today().minusYears(1).toString(),
                today().plusDays(3).toString())), "clubs.refused.foundedInFuture");
        assertEquals(400, api.post("clubs", worker, club("怪类社团", "SECRET", WULONGKOU)).statusCode());
        assertEquals(400, api.post("clubs", worker, "{\"name\":").statusCode());
        assertEquals(400, api.put("clubs/" + id, worker, "{\"name\":\"\"}").statusCode());
        assertEquals(400, api.post("clubs/" + id + "/members", worker, "{}").statusCode());
        assertEquals(400, api.post("clubs/" + id + "/milestones", worker, "{\"title\":\" \"}").statusCode());

        JsonObject changed = json(ok(api.put("clubs/" + id, worker, "{\"teacher\":\"区文化馆声乐老师\",\"version\":"
                + club.getJsonNumber("version").longValue() + "}")));
        assertEquals("银发合唱团", changed.getString("name"), "a field left out keeps what is recorded");
        assertEquals("每周二 9:00", changed.getString("schedule"));
        assertEquals("区文化馆声乐老师", changed.getString("teacher"));
        HttpResponse<String> stale = api.put("clubs/" + id, worker, "{\"teacher\":\"别人\",\"version\":"
                + club.getJsonNumber("version").longValue() + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("区文化馆声乐老师", json(ok(api.get("clubs/" + id, worker))).getJsonObject("club").getString("teacher"));
    }

    /**
     * Who leads a club and who is its contact: residents of the club's own stations only. Another operator's or the
     * operator's other station's resident is 404, as their club would be, and nothing is written; a change that does
     * not mention them keeps them, 0 clears one on purpose; each bad input is refused with its reason and writes
     * nothing, not even the leader asked for alongside. The other station's staff and another operator's get 404 for
     * the club, the operator admin (who reads clubs, does not keep them) 403.
     */
    @Test
    void theDemoClubsAreFiledUnderTheKindsTheirNamesSay() {
        java.util.function.Function<String, List<String>> named = kind -> array(ok(api.get("clubs?kind=" + kind, worker))).stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
        List<String> culture = named.apply("CULTURE_SPORTS");
        List<String> charity = named.apply("CHARITY");
        List<String> affairs = named.apply("COMMUNITY_AFFAIRS");
        List<String> services = named.apply("LIFE_SERVICE");
        assertTrue(culture.containsAll(List.of("太极队", "合唱队", "书画队", "读书队")), "文体活动: " + culture);
        assertTrue(charity.containsAll(List.of("志愿服务队", "助老队")), "公益慈善: " + charity);
        assertTrue(affairs.containsAll(List.of("调解队", "环保队")), "社区事务: " + affairs);
        assertTrue(services.contains("邻里互助队"), "生活服务: " + services);
        assertFalse(charity.contains("太极队") || culture.contains("志愿服务队") || services.contains("合唱队"), "one kind a club");
    }

    @Test
    void aClubsLeaderAndContactAreResidentsOfItsStationsAndARefusedChangeWritesNothing() {
        String yingze = Keycloak.accessToken("yingze.worker");
        String admin = Keycloak.accessToken("hope.admin");
        List<JsonObject> mine = array(ok(api.get("residents?max=3", worker))).getValuesAs(JsonObject.class);
        long leader = id(mine.get(0));
        long contact = id(mine.get(1));
        long yingzeResident = ids(array(ok(api.get("residents?max=1", yingze)))).get(0);
        long huideResident = ids(array(ok(api.get("residents?max=1", huide)))).get(0);
        long id = id(json(ok(api.post("clubs", worker, club("邻里互助队", "LIFE_SERVICE", WULONGKOU)))));

        JsonObject named = json(ok(api.put("clubs/" + id, worker, "{\"leaderId\":" + leader + ",\"contactId\":" + contact + "}")));
        assertEquals(mine.get(0).getString("name"), named.getString("leaderName"), "the name from the register");
        assertEquals(mine.get(1).getString("name"), named.getString("contactName"));
        assertEquals(List.of(leader + " " + today()), members(id), "the leader named joins on that day; the contact does not");
        JsonObject kept = json(ok(api.put("clubs/" + id, worker, "{\"teacher\":\"社区志愿者\"}")));
        assertEquals(leader, kept.getJsonNumber("leaderId").longValue(), "a change that does not mention the leader keeps them");
        assertEquals(contact, kept.getJsonNumber("contactId").longValue());
        long version = kept.getJsonNumber("version").longValue();
        int recorded = array(ok(api.get("clubs/" + id + "/history", worker))).size();

        for (long other : List.of(yingzeResident, huideResident)) {
            assertEquals(404, api.put("clubs/" + id, worker, "{\"name\":\"改名\",\"leaderId\":" + other + "}").statusCode(),
                    "leader " + other);
            assertEquals(404, api.put("clubs/" + id, worker, "{\"contactId\":" + other + "}").statusCode(), "contact " + other);
            assertEquals(404, api.post("clubs", worker, club("越界负责人", "CHARITY", WULONGKOU).replace("{", "{\"leaderId\":" + other + ","))
                    .statusCode(), "a new club's leader " + other);
            assertEquals(404, api.post("clubs/" + id + "/members", worker, member(other, today())).statusCode(), "member " + other);
        }
        assertEquals(404, api.put("clubs/" + id, yingze, "{\"name\":\"改名\"}").statusCode(), "the operator's other station");
        assertEquals(404, api.put("clubs/" + id, huide, "{\"name\":\"改名\"}").statusCode(), "another operator");
        assertEquals(403, api.put("clubs/" + id, admin, "{\"name\":\"改名\"}").statusCode(), "the operator admin");

        String alongside = ",\"leaderId\":" + contact + "}";
        assertRefusedWith(api.put("clubs/" + id, worker, "{\"name\":\" \"" + alongside), "clubs.refused.name");
        assertRefusedWith(api.put("clubs/" + id, worker, "{\"foundedOn\":\"" + today().plusDays(1) + "\"" + alongside),
                "clubs.refused.foundedInFuture");
        assertRefusedWith(api.put("clubs/" + id, worker, "{\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE + "\"" + alongside),
                "clubs.refused.communityNotMine");
        assertRefusedWith(api.put("clubs/" + id, worker, "{\"communityCode\":\"" + WENMIAO + "\"" + alongside),
                "clubs.refused.communityNotMine");

        JsonObject now = json(ok(api.get("clubs/" + id, worker))).getJsonObject("club");
        assertEquals(version, now.getJsonNumber("version").longValue(), "nothing written");
        assertEquals("邻里互助队", now.getString("name"));
        assertEquals(today().minusYears(1).toString(), now.getString("foundedOn"));
        assertEquals(WULONGKOU, now.getString("communityCode"));
        assertEquals(leader, now.getJsonNumber("leaderId").longValue(), "not the leader asked for alongside a refusal");
        assertEquals(contact, now.getJsonNumber("contactId").longValue());
        assertEquals(recorded, array(ok(api.get("clubs/" + id + "/history", worker))).size(), "nor recorded");
        assertEquals(List.of(leader + " " + today()), members(id), "no member joined, not even the leader asked for alongside");

        JsonObject cleared = json(ok(api.put("clubs/" + id, worker, "{\"leaderId\":0,\"version\":" + version + "}")));
        assertTrue(!cleared.containsKey("leaderId") || cleared.isNull("leaderId"), "0 clears the leader: " + cleared);
        assertEquals(contact, cleared.getJsonNumber("contactId").longValue(), "and keeps the contact");
        String change = array(ok(api.get("clubs/" + id + "/history", worker))).getJsonObject(0).getString("details");
        assertTrue(change.contains("负责人：" + mine.get(0).getString("name") + " → —"), "the history says who no longer leads: " + change);
    }

    /**
     * A club founded with a leader has them as its first member, from the founding day; a leader named later joins on
     * that day unless a member already, so no one is listed twice.
     */
    @Test
    void aClubsLeaderIsAMemberFromTheFoundingOrTheDayTheyAreNamedOnce() {
        List<Long> mine = ids(array(ok(api.get("residents?max=3", worker))));
        LocalDate founded = today().minusYears(1);
        long id = id(json(ok(api.post("clubs", worker, club("腰鼓队-" + UUID.randomUUID().toString().substring(0, 6),
                "CULTURE_SPORTS", WULONGKOU).replace("{", "{\"leaderId\":" + mine.get(0) + ",")))));
        assertEquals(List.of(mine.get(0) + " " + founded), members(id), "the founding leader, from the founding day");

        ok(api.post("clubs/" + id + "/members", worker, member(mine.get(1), today().minusDays(10))));
        ok(api.put("clubs/" + id, worker, "{\"leaderId\":" + mine.get(1) + "}"));
        ok(api.put("clubs/" + id, worker, "{\"leaderId\":" + mine.get(2) + "}"));
        ok(api.put("clubs/" + id, worker, "{\"leaderId\":" + mine.get(0) + "}"));
        assertEquals(List.of(mine.get(0) + " " + founded, mine.get(1) + " " + today().minusDays(10), mine.get(2) + " " + today()),
                members(id), "a member named leader stays as they were; one who was not joins today; none twice");
        assertRefusedWith(api.post("clubs/" + id + "/members", worker, member(mine.get(2), today())), "clubs.refused.alreadyMember");
        assertEquals(404, api.get("clubs/" + id, huide).statusCode(), "another operator does not see the club or its members");
    }

    /** The club's open memberships as "resident joined-on", in the order they joined. */
    private List<String> members(long club) {
        return json(ok(api.get("clubs/" + club, worker))).getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.containsKey("leftOn") || m.isNull("leftOn"))
                .sorted(java.util.Comparator.comparing((JsonObject m) -> m.getString("joinedOn")))
                .map(m -> m.getJsonNumber("residentId").longValue() + " " + m.getString("joinedOn")).toList();
    }

    @Test
    void eachStepNeedsItsEvidenceAndTheLeadAndGoesIntoTheHistory() {
        long id = id(json(ok(api.post("clubs", worker, club("邻里调解队", "COMMUNITY_AFFAIRS", WULONGKOU)))));
        assertRefusedWith(api.post("clubs/" + id + "/steps", worker, "{\"to\":\"INCUBATING\"}"), "clubs.refused.byLead");
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"INCUBATING\"}"), "clubs.refused.incubationPlan");
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"FILED\",\"filingNumber\":\"X\"}"), "clubs.refused.pathOrder");
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, "{}"), "clubs.refused.stepTo");
        long rules = id(json(ok(api.post("clubs/" + id + "/milestones", worker, "{\"title\":\"制定内部规章\"}"))));
        ok(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"INCUBATING\"}"));

        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, filing("迎泽备001")), "clubs.refused.planOpen");
        ok(api.post("clubs/" + id + "/milestones/" + rules + "/done", worker, "{\"doneOn\":\"" + today() + "\"}"));
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, filing("迎泽备001")), "clubs.refused.filingCharter");
        long charter = id(json(ok(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"第一条 调解邻里纠纷。\"}"))));
        ok(api.post("clubs/" + id + "/charters/" + charter + "/approve", lead, ""));
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"FILED\",\"on\":\"" + today() + "\"}"), "clubs.refused.filingNumber");
        ok(api.post("clubs/" + id + "/steps", lead, filing("迎泽备001")));

        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, registration("51140106MJ0000001A")), "clubs.refused.creditCodeCheck");
        assertRefusedWith(api.post("clubs/" + id + "/steps", lead, registration("91350100M000100Y43")), "clubs.refused.creditCodeCivilAffairs");
        JsonObject step = json(ok(api.post("clubs/" + id + "/steps", lead, registration(CREDIT_CODE.toLowerCase()))));
        assertEquals("REGISTERED", step.getString("to"));
        assertEquals("laojunying.lead", step.getString("confirmedBy"));

        JsonObject file = json(ok(api.get("clubs/" + id, worker)));
        assertEquals(CREDIT_CODE, file.getJsonObject("club").getString("creditCode"));
        assertEquals(List.of("INTEREST_GROUP", "INCUBATING", "FILED", "REGISTERED"), file.getJsonArray("path").stream()
                .map(s -> s.asJsonObject().getString("to")).toList());
        List<String> actions = array(ok(api.get("clubs/" + id + "/history", worker))).stream()
                .map(h -> h.asJsonObject().getString("action")).toList();
        assertEquals(3L, actions.stream().filter("clubs.stage.moved"::equals).count(), actions.toString());
        assertTrue(actions.contains("clubs.charter.approved") && actions.contains("CREATED"), actions.toString());
        assertEquals(404, api.get("clubs/" + id + "/history", huide).statusCode());
        assertEquals(404, api.post("clubs/" + id + "/steps", huide, "{\"to\":\"DORMANT\",\"reason\":\"x\"}").statusCode());
    }

    @Test
    void theCurrentCharterIsTheLastApprovedAndAnyTwoVersionsCompare() {
        long id = id(json(ok(api.post("clubs", worker, club("书画社", "CULTURE_SPORTS", WULONGKOU)))));
        long v1 = id(json(ok(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"第一条 每月活动一次。\\n第二条 会费自愿。\"}"))));
        long v2 = id(json(ok(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"第一条 每周活动一次。\\n第二条 会费自愿。\\n第三条 设指导老师。\"}"))));
        assertRefusedWith(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"  \"}"), "clubs.refused.charterText");
        assertRefusedWith(api.post("clubs/" + id + "/charters/" + v1 + "/approve", worker, ""), "clubs.refused.charterByLead");
        assertFalse(json(ok(api.get("clubs/" + id, worker))).containsKey("currentCharter"), "a proposal is not in force");
        ok(api.post("clubs/" + id + "/charters/" + v2 + "/approve", lead, ""));
        ok(api.post("clubs/" + id + "/charters/" + v1 + "/approve", lead, ""));
        assertEquals(1, json(ok(api.get("clubs/" + id, worker))).getInt("currentCharter"), "v1 was approved last");
        assertRefusedWith(api.post("clubs/" + id + "/charters/" + v1 + "/approve", lead, ""), "clubs.refused.charterApproved");
        long v3 = id(json(ok(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"第一条 每周活动两次。\"}"))));
        ok(api.post("clubs/" + id + "/charters/" + v3 + "/approve", lead, ""));
        assertEquals(3, json(ok(api.get("clubs/" + id, worker))).getInt("currentCharter"));

        JsonArray rows = array(ok(api.get("clubs/" + id + "/charters/compare?left=" + v1 + "&right=" + v2, worker)));
        assertEquals(List.of("CHANGED", "SAME", "ADDED"), rows.stream().map(r -> r.asJsonObject().getString("kind")).toList());
        assertEquals("第一条 每月活动一次。", rows.getJsonObject(0).getString("left"));
        assertEquals("第一条 每周活动一次。", rows.getJsonObject(0).getString("right"));
        assertEquals(404, api.get("clubs/" + id + "/charters/compare?left=" + v1 + "&right=" + v2, huide).statusCode());
        long other = id(json(ok(api.post("clubs", worker, club("别的社团", "CHARITY", WULONGKOU)))));
        assertEquals(404, api.get("clubs/" + other + "/charters/compare?left=" + v1 + "&right=" + v2, worker).statusCode(),
                "versions of another club are not this club's");
    }

    @Test
    void aMergeUnitesMembersOnceKeepsHistoriesMovesTheCountAndRefusesAnEditOfAMergedClub() {
        List<Long> residents = ids(array(ok(api.get("residents?max=4", worker))));
        String name = "合并-" + UUID.randomUUID().toString().substring(0, 6);
        long east = filedClub(name + "东队");
        long west = filedClub(name + "西队");
        ok(api.post("clubs/" + east + "/members", worker, member(residents.get(0), today().minusDays(300))));
        ok(api.post("clubs/" + east + "/members", worker, member(residents.get(1), today().minusDays(200))));
        ok(api.post("clubs/" + west + "/members", worker, member(residents.get(1), today().minusDays(250))));
        ok(api.post("clubs/" + west + "/members", worker, member(residents.get(2), today().minusDays(100))));
        assertRefusedWith(api.post("clubs/" + west + "/members", worker, member(residents.get(2), today())), "clubs.refused.alreadyMember");
        int before = coverageTotal(WULONGKOU);
        JsonObject westSeen = json(ok(api.get("clubs/" + west, worker))).getJsonObject("club");

        assertRefusedWith(api.post("clubs/merges", worker, merge(east, west, westSeen.getJsonNumber("version").longValue())), "clubs.refused.mergeByLead");
        assertRefusedWith(api.post("clubs/merges", lead, "{\"intoId\":" + east + ",\"clubIds\":[]}"), "clubs.refused.mergeTwo");
        assertRefusedWith(api.post("clubs/merges", lead, "{\"intoId\":" + east + ",\"clubIds\":[" + east + "]}"), "clubs.refused.mergeOnce");
        assertEquals(404, api.post("clubs/merges", huide, merge(east, west, 0)).statusCode());
        HttpResponse<String> staleMerge = api.post("clubs/merges", lead, merge(east, west, westSeen.getJsonNumber("version").longValue() - 1));
        assertEquals(409, staleMerge.statusCode(), staleMerge.body());
        assertEquals("FILED", json(ok(api.get("clubs/" + west, worker))).getJsonObject("club").getString("stage"), "nothing written");

        long seen = westSeen.getJsonNumber("version").longValue();
        assertRefusedWith(api.post("clubs/merges", lead, dated(merge(east, west, seen), today().plusDays(1))), "clubs.refused.mergeInFuture");
        assertRefusedWith(api.post("clubs/merges", lead, dated(merge(east, west, seen), today().minusYears(2))),
                "clubs.refused.mergeBeforeFounding");
        assertRefusedWith(api.post("clubs/merges", lead, dated(merge(east, west, seen), today().minusMonths(2).minusDays(1))),
                "clubs.refused.mergeBeforeLastStep");
        JsonObject into = json(ok(api.post("clubs/merges", lead, dated(merge(east, west, seen), today().minusDays(30)))));
        assertEquals(east, id(into));
        JsonObject file = json(ok(api.get("clubs/" + east, worker)));
        List<JsonObject> members = file.getJsonArray("members").getValuesAs(JsonObject.class);
        assertEquals(Set.of(residents.get(0), residents.get(1), residents.get(2)),
                members.stream().map(m -> m.getJsonNumber("residentId").longValue()).collect(Collectors.toSet()));
        assertEquals(3, members.size(), "the member of both teams is there once");
        assertEquals(today().minusDays(100).toString(), members.stream()
                .filter(m -> m.getJsonNumber("residentId").longValue() == residents.get(2)).findFirst().orElseThrow().getString("joinedOn"));
        assertEquals(List.of(west), file.getJsonArray("mergedFrom").stream().map(c -> id(c.asJsonObject())).toList());
        assertEquals(1, file.getJsonArray("mergedCharters").size(), "the merged team's charter is reachable");

        JsonObject westNow = json(ok(api.get("clubs/" + west, worker)));
        assertEquals("MERGED", westNow.getJsonObject("club").getString("stage"));
        assertEquals(today().minusDays(30).toString(), westNow.getJsonObject("club").getString("closedOn"), "a merge recorded afterwards keeps its day");
        assertEquals(east, westNow.getJsonObject("club").getJsonNumber("mergedIntoId").longValue());
        assertEquals(2, westNow.getJsonArray("members").size(), "the team keeps its own members as history");
        List<Long> historyClubs = array(ok(api.get("clubs/" + east + "/history", worker))).stream()
                .map(h -> h.asJsonObject().getJsonNumber("clubId").longValue()).distinct().toList();
        assertTrue(historyClubs.containsAll(List.of(east, west)), "the team's history is reachable from the club: " + historyClubs);
        assertEquals(before - 1, coverageTotal(WULONGKOU), "two organisations became one");

        HttpResponse<String> concurrent = api.put("clubs/" + west, worker, "{\"teacher\":\"新老师\",\"version\":"
                + westSeen.getJsonNumber("version").longValue() + "}");
        assertEquals(409, concurrent.statusCode(), "an edit begun before the merge: " + concurrent.body());
        assertRefusedWith(api.put("clubs/" + west, worker, "{\"teacher\":\"新老师\"}"), "clubs.refused.merged");
        assertRefusedWith(api.post("clubs/" + west + "/members", worker, member(residents.get(3), today())), "clubs.refused.merged");
        assertNotEquals("新老师", json(ok(api.get("clubs/" + west, worker))).getJsonObject("club").getString("teacher", ""));
    }

    @Test
    void aMergesHistoryListsTheTeamsAsEachReadersLanguageListsThem() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long into = filedClub("合唱团" + tag);
        long north = filedClub("North choir " + tag);
        long south = filedClub("South choir " + tag);
        long northSeen = json(ok(api.get("clubs/" + north, worker))).getJsonObject("club").getJsonNumber("version").longValue();
        long southSeen = json(ok(api.get("clubs/" + south, worker))).getJsonObject("club").getJsonNumber("version").longValue();
        ok(api.post("clubs/merges", lead, "{\"intoId\":" + into + ",\"clubIds\":[" + north + "," + south + "],\"versions\":[{\"id\":"
                + north + ",\"version\":" + northSeen + "},{\"id\":" + south + ",\"version\":" + southSeen + "}]}"));

        String english = mergedLine(into, api.get("clubs/" + into + "/history", worker, "en"));
        assertTrue(english.startsWith("Merged in: North choir " + tag + " and South choir " + tag + "; 0 new members"),
                "English lists with \"and\", not with 、: " + english);
        String chinese = mergedLine(into, api.get("clubs/" + into + "/history", worker, "zh-CN"));
        assertTrue(chinese.startsWith("并入：North choir " + tag + "、South choir " + tag + "；新增成员 0 人"), chinese);
    }

    private String mergedLine(long club, HttpResponse<String> history) {
        return array(ok(history)).stream().map(JsonValue::asJsonObject)
                .filter(h -> "clubs.club.merged".equals(h.getString("action")) && h.getJsonNumber("clubId").longValue() == club)
                .map(h -> h.getString("details")).findFirst().orElseThrow(() -> new AssertionError("no merge line: " + history.body()));
    }

    @Test
    void aClubsActivitiesArePlatformActivitiesWithTheClubAsOrganiserAndTheirAttendance() {
        List<Long> residents = ids(array(ok(api.get("residents?max=3", worker))));
        long huideResident = ids(array(ok(api.get("residents?max=1", huide)))).get(0);
        long yingzeResident = ids(array(ok(api.get("residents?max=1", Keycloak.accessToken("yingze.worker"))))).get(0);
        long id = id(json(ok(api.post("clubs", worker, club("活动-" + UUID.randomUUID().toString().substring(0, 6), "CULTURE_SPORTS",
                WULONGKOU)))));
        long other = id(json(ok(api.post("clubs", worker, club("别的队", "CHARITY", WULONGKOU)))));
        long huideClub = id(json(ok(api.post("clubs", huide, club("文庙书法社", "CULTURE_SPORTS", WENMIAO)))));

        assertRefusedWith(api.post("clubs/" + id + "/activities", worker, "{}"), "clubs.refused.activityKind");
        assertRefusedWith(api.post("clubs/" + id + "/activities", worker, activity("ACTIVITY", " ", today())), "clubs.refused.activityTitle");
        assertRefusedWith(api.post("clubs/" + id + "/activities", worker, "{\"kind\":\"ACTIVITY\",\"title\":\"无日期\"}"),
                "clubs.refused.activityDate");
        assertRefusedWith(api.post("clubs/" + id + "/activities", worker, activity("ACTIVITY", "成立前", today().minusYears(2))),
                "clubs.refused.activityBeforeFounding");
        assertEquals(400, api.post("clubs/" + id + "/activities", worker, activity("PARADE", "怪类", today())).statusCode());
        assertEquals(400, api.post("clubs/" + id + "/activities", worker, "{\"kind\":").statusCode());
        HttpResponse<String> english = api.post("clubs/" + id + "/activities", worker, "{}", "en-GB,en;q=0.9");
        assertEquals("Choose activity or performance", json(english.body()).getString("error"), "one language: the caller's");
        assertEquals("请选择活动或演出", json(api.post("clubs/" + id + "/activities", worker, "{}").body()).getString("error"),
                "Chinese unless asked otherwise, and only Chinese");
        assertEquals(List.of(), array(ok(api.get("clubs/" + id + "/activities", worker))), "nothing was written");

        JsonObject planned = json(ok(api.post("clubs/" + id + "/activities", worker, activity("ACTIVITY", "重阳联欢", today()))));
        long activity = id(planned);
        assertEquals("PLANNED", planned.getString("status"));
        assertEquals(id, planned.getJsonNumber("clubId").longValue());
        JsonObject show = json(ok(api.post("clubs/" + id + "/activities", worker, activity("PERFORMANCE", "新年汇演",
                today().plusDays(20)))));
        JsonObject platform = json(ok(api.get("activities/" + activity, worker)));
        assertEquals("clubs.club:" + id, platform.getString("organiser"), "a platform activity that names its club");
        assertEquals("clubs", platform.getString("moduleTag"));
        assertEquals("PERFORMANCE", json(ok(api.get("activities/" + id(show), worker))).getString("type"));

        assertRefusedWith(api.post("clubs/" + id + "/activities/" + activity + "/attendance", worker, "{\"residentIds\":[]}"),
                "clubs.refused.attendanceEmpty");
        // Another operator's or station's resident as an attendee is 404, as when named leader, contact or member.
        assertEquals(404, api.post("clubs/" + id + "/activities/" + activity + "/attendance", worker,
                "{\"residentIds\":[" + huideResident + "]}").statusCode(), "another operator's resident");
        assertEquals(404, api.post("clubs/" + id + "/activities/" + activity + "/attendance", worker,
                "{\"residentIds\":[" + yingzeResident + "]}").statusCode(), "another station's resident");
        JsonObject attended = json(ok(api.post("clubs/" + id + "/activities/" + activity + "/attendance", worker,
                "{\"residentIds\":[" + residents.get(0) + "," + residents.get(1) + "," + residents.get(0) + "]}")));
        assertEquals(2, attended.getInt("attended"), "each person once");
        assertEquals(2, json(ok(api.post("clubs/" + id + "/activities/" + activity + "/attendance", worker,
                "{\"residentIds\":[" + residents.get(1) + "]}"))).getInt("attended"), "twice is once");

        assertEquals(404, api.get("clubs/" + id + "/activities", huide).statusCode());
        assertEquals(404, api.post("clubs/" + id + "/activities", huide, activity("ACTIVITY", "越界", today())).statusCode());
        assertEquals(404, api.post("clubs/" + huideClub + "/activities/" + activity + "/done", huide, "").statusCode(),
                "another operator's activity, through its own club");
        assertEquals(404, api.post("clubs/" + other + "/activities/" + activity + "/attendance", worker,
                "{\"residentIds\":[" + residents.get(2) + "]}").statusCode(), "another club's activity");
        assertEquals(404, api.get("activities/" + activity, huide).statusCode());
        assertRefusedWith(api.post("clubs/" + id + "/activities/" + id(show) + "/done", worker, ""), "clubs.refused.activityInFuture");

        JsonObject done = json(ok(api.post("clubs/" + id + "/activities/" + activity + "/done", worker, "")));
        assertEquals("DONE", done.getString("status"));
        List<JsonObject> listed = array(ok(api.get("clubs/" + id + "/activities", worker))).getValuesAs(JsonObject.class);
        assertEquals(List.of(id(show), activity), listed.stream().map(ClubsApiIT::id).toList(), "newest first");
        assertEquals(List.of("PLANNED", "DONE"), listed.stream().map(a -> a.getString("status")).toList());
        assertEquals(List.of(), array(ok(api.get("clubs/" + other + "/activities", worker))), "only the club's own");
        assertEquals(List.of(), array(ok(api.get("clubs/" + huideClub + "/activities", huide))));
        List<String> actions = array(ok(api.get("clubs/" + id + "/history", worker))).stream()
                .map(h -> h.asJsonObject().getString("action")).toList();
        assertEquals(2L, actions.stream().filter("clubs.activity.planned"::equals).count(), actions.toString());
        assertEquals(1L, actions.stream().filter("clubs.activity.done"::equals).count(),
                "the platform's ActivityDone named the club, so its history has it: " + actions);
    }

    private long filedClub(String name) {
        long id = id(json(ok(api.post("clubs", worker, club(name, "LIFE_SERVICE", WULONGKOU)))));
        long m = id(json(ok(api.post("clubs/" + id + "/milestones", worker, "{\"title\":\"选出负责人\"}"))));
        // steps dated two months back: a merge recorded afterwards (dated a month back) comes after them, in order
        LocalDate filed = today().minusMonths(2);
        ok(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"INCUBATING\",\"on\":\"" + filed.minusDays(30) + "\"}"));
        ok(api.post("clubs/" + id + "/milestones/" + m + "/done", worker, "{\"doneOn\":\"" + filed.minusDays(1) + "\"}"));
        long c = id(json(ok(api.post("clubs/" + id + "/charters", worker, "{\"text\":\"第一条 " + name + "。\"}"))));
        ok(api.post("clubs/" + id + "/charters/" + c + "/approve", lead, ""));
        ok(api.post("clubs/" + id + "/steps", lead, "{\"to\":\"FILED\",\"filingNumber\":\"备-" + name + "\",\"on\":\"" + filed + "\"}"));
        return id;
    }

    private int coverageTotal(String community) {
        return array(ok(api.get("clubs/coverage", worker))).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("communityCode").equals(community)).findFirst().orElseThrow().getInt("total");
    }

    static String club(String name, String kind, String community) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"communityCode\":\"" + community + "\",\"foundedOn\":\""
                + today().minusYears(1) + "\",\"place\":\"社区活动室\",\"schedule\":\"每周二 9:00\"}";
    }

    static String filing(String number) {
        return "{\"to\":\"FILED\",\"filingNumber\":\"" + number + "\",\"on\":\"" + today() + "\"}";
    }

    static String registration(String code) {
        return "{\"to\":\"REGISTERED\",\"creditCode\":\"" + code + "\",\"on\":\"" + today() + "\"}";
    }

    static String member(long residentId, LocalDate on) {
        return "{\"residentId\":" + residentId + ",\"on\":\"" + on + "\"}";
    }

    static String merge(long into, long team, long teamVersion) {
        return "{\"intoId\":" + into + ",\"clubIds\":[" + team + "],\"versions\":[{\"id\":" + team + ",\"version\":" + teamVersion + "}]}";
    }

    static String dated(String merge, LocalDate on) {
        return merge.substring(0, merge.length() - 1) + ",\"on\":\"" + on + "\"}";
    }

    static String activity(String kind, String title, LocalDate on) {
        return "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"heldOn\":\"" + on + "\"}";
    }

    /** A 400 whose reason is the bundle key {@code key} (said in the caller's language beside it). */
    static void assertRefusedWith(HttpResponse<String> response, String key) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = json(response.body());
        assertEquals(key, body.getString("key", null), response.body());
        assertFalse(body.getString("error").equals(key), "the key is said in words: " + response.body());
    }

    static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        return response.body();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static List<Long> ids(JsonArray a) {
        return a.stream().map(v -> id(v.asJsonObject())).toList();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
