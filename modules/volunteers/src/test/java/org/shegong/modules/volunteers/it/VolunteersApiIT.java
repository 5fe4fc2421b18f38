package org.shegong.modules.volunteers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The volunteers API with real Keycloak tokens of two operators — 希望 (laojunying.worker,
 * yingze.lead, and the volunteer login volunteer.demo) and 汇德 (wenmiao.worker) — and one person
 * registered at both: each operator reads only its own records, the volunteer sees hours per
 * operator and the total; check-in codes are refused outside the window, replayed, forged, of
 * another station or operator, and two scans at once count once; the check-in code's QR image
 * decodes to the URL that checks in, for the shift's station only; two spends of one credit: one
 * wins and the ledger still sums to zero; bad input is a 400 with the reason and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class VolunteersApiIT {

    static final String LAOJUNYING = "140106005000";
    static final String YINGZE = "140106001000";
    static final String WENMIAO = "140106003000";
    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;
    String hope;
    String hopeYingze;
    String huide;
    String volunteer;

    @BeforeEach
    void tokens() {
        api = new Api(base);
        hope = Keycloak.accessToken("laojunying.worker");
        hopeYingze = Keycloak.accessToken("yingze.lead");
        huide = Keycloak.accessToken("wenmiao.worker");
        volunteer = Keycloak.accessToken("volunteer.demo");
    }

    /**
     * Among 1,800 volunteers a worker finds one by a part of the name or by the volunteer number as people
     * say it (V000031, v31, 31): only among their own stations, the typed %, _ taken as themselves.
     */
    @Test
    void theRegistryFindsAVolunteerByNameOrNumberOnlyAmongMyStations() {
        String name = "寻" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long mine = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, name + "甲");
        long theirs = register(huide, Fixtures.freshIdNumber(), WENMIAO, null, name + "甲");

        JsonObject byName = json(ok(api.get("volunteers/registry?who=" + encoded(name), hope)));
        assertEquals(1, byName.getJsonNumber("total").longValue(), byName.toString());
        assertEquals(mine, byName.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject atHuide = json(ok(api.get("volunteers/registry?who=" + encoded(name), huide)));
        assertEquals(List.of(theirs), atHuide.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList(), "each operator finds only its own");
        assertEquals(0, json(ok(api.get("volunteers/registry?who=" + encoded(name), hopeYingze))).getJsonNumber("total").longValue(),
                "nor another station's");

        String number = json(ok(api.get("volunteers/registry/" + mine, hope))).getString("volunteerNumber");
        String digits = number.substring(1).replaceFirst("^0+", "");
        for (String typed : List.of(number, "v" + digits, digits, " " + number.toLowerCase() + " ")) {
            JsonArray rows = json(ok(api.get("volunteers/registry?who=" + encoded(typed), hope))).getJsonArray("rows");
            assertEquals(List.of(mine), rows.stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList(), typed);
        }
        assertTrue(json(ok(api.get("volunteers/registry?who=" + encoded(number), huide))).getJsonArray("rows").stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == mine), "hope's number at huide is not hope's volunteer");

        long all = json(ok(api.get("volunteers/registry", hope))).getJsonNumber("total").longValue();
        assertEquals(all, json(ok(api.get("volunteers/registry?who=", hope))).getJsonNumber("total").longValue(), "empty: everyone");
        assertEquals(0, json(ok(api.get("volunteers/registry?who=" + encoded("%"), hope))).getJsonNumber("total").longValue(),
                "a typed % is a percent sign, not everyone");
        assertEquals(200, api.get("volunteers/registry?who=" + encoded("x".repeat(3000)), hope).statusCode(), "long text: found none, no error");
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void onePersonAtTwoOperatorsIsTwoRecordsEachOperatorSeesItsOwnAndTheVolunteerSeesBothOperatorsHours() {
        long hopeRecord = volunteerDemoAtHope();
        long hopeOther = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "王同学");
        long huideOther = register(huide, Fixtures.freshIdNumber(), WENMIAO, null, "贺同学");

        assertEquals(404, api.get("volunteers/registry/" + hopeRecord, huide).statusCode(), "another operator's record is not found");
        assertEquals(404, api.get("volunteers/registry/" + huideOther, hope).statusCode());
        assertEquals(404, api.put("volunteers/registry/" + huideOther, hope, "{\"phone\":\"13900000000\"}").statusCode());
        assertEquals(404, api.get("volunteers/registry/" + hopeOther, hopeYingze).statusCode(), "another station's record is not found");
        JsonArray huideRows = json(ok(api.get("volunteers/registry?max=200", huide))).getJsonArray("rows");
        assertTrue(huideRows.stream().noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == hopeRecord
                || r.asJsonObject().getJsonNumber("id").longValue() == hopeOther), "huide's list holds none of hope's");
        assertTrue(huideRows.stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == huideOther));
        JsonObject shown = json(ok(api.get("volunteers/registry/" + hopeOther, hope)));
        assertEquals("高校", shown.getString("affiliationKindLabel"));
        assertTrue(shown.getString("idNumberMasked").endsWith("**************"), "the ID number is shown masked");
        assertEquals("13800000000", shown.getString("phone"), "the volunteer's own record: the phone in full");
        JsonObject listed = listedIn(hope, hopeOther);
        assertEquals("138****0000", listed.getString("phone"), "a list of volunteers: the phone masked, as every list masks it");

        // 希望 confirms 60 minutes of volunteer.demo, 汇德 25 of its record of the same person.
        long hopeBefore = hoursAt("hope");
        long huideBefore = hoursAt("huide");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 5), hopeRecord, 60);
        if (demoAtHuide != 0) {
            confirmAttendance(huide, shift(huide, WENMIAO, -60, 60, 5), demoAtHuide, 25);
            assertEquals(huideBefore + 25, hoursAt("huide"));
        }
        assertEquals(hopeBefore + 60, hoursAt("hope"));
        JsonObject hours = json(ok(api.get("volunteers/me/hours", volunteer)));
        JsonObject byOperator = hours.getJsonObject("minutesByOperator");
        assertEquals(java.util.Set.of("hope", "huide"), byOperator.keySet(), "volunteer.demo serves 希望 and 汇德: " + hours);
        assertEquals(byOperator.getJsonNumber("hope").longValue() + byOperator.getJsonNumber("huide").longValue(),
                hours.getJsonNumber("totalMinutes").longValue());
        JsonArray operators = hours.getJsonArray("operators");
        assertEquals(java.util.Set.of("希望社会工作服务中心", "汇德公益"),
                operators.stream().map(o -> o.asJsonObject().getString("name")).collect(java.util.stream.Collectors.toSet()),
                "operators by their names, not codes: " + operators);
        assertEquals(0, ledgerSum(hope));
        assertEquals(0, ledgerSum(huide));
        assertEquals(403, api.get("volunteers/registry", volunteer).statusCode(), "a volunteer does not read the registry");
        assertEquals(403, api.get("volunteers/me", hope).statusCode(), "staff have no volunteer portal");
    }

    @Test
    void theSamePersonRegisteredAtTwoOperatorsSharesOneIdentity() {
        String idNumber = Fixtures.freshIdNumber();
        long atHope = register(hope, idNumber, LAOJUNYING, null, "赵同学");
        long atHuide = register(huide, idNumber, WENMIAO, null, "赵同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), atHope, 30);
        confirmAttendance(huide, shift(huide, WENMIAO, -60, 60, 3), atHuide, 20);
        HttpResponse<String> twice = api.post("volunteers/registry", hope, volunteerJson(idNumber, LAOJUNYING, null, "赵同学"));
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(error(twice).startsWith("该身份证号已登记"), twice.body());
        assertEquals("赵同学", json(ok(api.get("volunteers/registry/" + atHope, hope))).getString("name"), "the first record stays");
        assertEquals(30, json(ok(api.get("volunteers/registry/" + atHope + "/balance", hope))).getJsonNumber("minutes").longValue(),
                "each operator's time bank holds its own hours only");
        assertEquals(20, json(ok(api.get("volunteers/registry/" + atHuide + "/balance", huide))).getJsonNumber("minutes").longValue());
    }

    @Test
    void checkInCodesAreRefusedOutsideTheWindowReplayedForgedOrOfAnotherStationAndTwoScansCountOnce() throws Exception {
        long me = volunteerDemoAtHope();
        long later = shift(hope, LAOJUNYING, 180, 240, 5);
        HttpResponse<String> early = checkIn(code(hope, later));
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(error(early).startsWith("不在签到时间内"), early.body());

        long now = shift(hope, LAOJUNYING, -30, 90, 5);
        String code = code(hope, now);
        String forged = code.substring(0, code.indexOf('.') + 1) + (code.endsWith("A") ? "B" : "A") + code.substring(code.indexOf('.') + 2);
        assertTrue(error(checkIn(forged)).startsWith("签到码无效"));
        assertTrue(error(checkIn("not-a-code")).startsWith("签到码无效"));
        String otherStation = code(hopeYingze, shift(hopeYingze, YINGZE, -30, 90, 5));
        assertTrue(error(checkIn(otherStation)).startsWith("这是其他社工站的签到码"));
        String otherOperator = code(huide, shift(huide, WENMIAO, -30, 90, 5));
        assertTrue(error(checkIn(otherOperator)).startsWith("这是其他运营方"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> scans = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                scans.add(pool.submit(waitThen(start, () -> checkIn(code))));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> scan : scans) {
                statuses.add(scan.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(List.of(200, 400), statuses.stream().sorted().toList(), "one check-in, one repeat");
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> replay = checkIn(code);
        assertEquals(400, replay.statusCode());
        assertTrue(error(replay).startsWith("已签到"), replay.body());
        assertEquals(1, json(ok(api.get("volunteers/shifts/" + now + "/roster", hope))).getJsonArray("attendance").stream()
                .filter(a -> a.asJsonObject().getJsonNumber("volunteerId").longValue() == me).count(), "one check-in");
        JsonObject out = json(ok(api.post("volunteers/me/check-outs", volunteer, codeJson(code))));
        assertEquals("CHECKED_OUT", out.getString("status"));
        assertEquals("已签退", out.getString("statusLabel"));
        assertEquals(1, json(ok(api.get("volunteers/shifts/" + now + "/roster", hope))).getJsonArray("attendance").size());
        assertEquals(404, api.get("volunteers/shifts/" + now + "/roster", huide).statusCode());
    }

    @Test
    void theShiftsCheckInCodeImageDecodesToTheUrlThatChecksInInsideTheWindowAndOnlyItsStationsStaffGetIt() throws Exception {
        volunteerDemoAtHope();
        long now = shift(hope, LAOJUNYING, -30, 90, 5);
        HttpResponse<byte[]> png = bytes("api/volunteers/shifts/" + now + "/code.png", hope);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        String url = decodeQr(png.body());
        String page = base.toExternalForm().replaceAll("/$", "") + "/volunteers/check-in.xhtml?code=";
        assertTrue(url.startsWith(page), "the absolute check-in URL on this host: " + url);
        String code = url.substring(page.length());
        assertEquals(code(hope, now), code, "the same signed code the shift's page and API give");
        JsonObject in = json(ok(checkIn(code)));
        assertEquals("CHECKED_IN", in.getString("status"), "scanned inside the window: checked in");
        assertEquals(1, json(ok(api.get("volunteers/shifts/" + now + "/roster", hope))).getJsonArray("attendance").size());

        long later = shift(hope, LAOJUNYING, 180, 240, 5);
        String early = decodeQr(bytes("api/volunteers/shifts/" + later + "/code.png", hope).body());
        assertTrue(error(checkIn(early.substring(page.length()))).startsWith("不在签到时间内"), "the image does not widen the window");

        assertEquals(404, bytes("api/volunteers/shifts/" + now + "/code.png", hopeYingze).statusCode(), "another station's shift");
        assertEquals(404, bytes("api/volunteers/shifts/" + now + "/code.png", huide).statusCode(), "another operator's shift");
        long huideShift = shift(huide, WENMIAO, -30, 90, 5);
        assertEquals(404, bytes("api/volunteers/shifts/" + huideShift + "/code.png", hope).statusCode());
        assertEquals(200, bytes("api/volunteers/shifts/" + huideShift + "/code.png", huide).statusCode());
        assertEquals(404, bytes("api/volunteers/shifts/987654321/code.png", hope).statusCode(), "no such shift");
        assertEquals(403, bytes("api/volunteers/shifts/" + now + "/code.png", volunteer).statusCode(), "a volunteer makes no codes");
    }

    @Test
    void aShiftFillsItsSpotsAndTheFirstOneWaitingMovesUpOnCancel() {
        long shift = shift(hope, LAOJUNYING, 600, 720, 1);
        long a = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "甲同学");
        long b = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "乙同学");
        assertEquals("CONFIRMED", json(ok(api.post("volunteers/shifts/" + shift + "/sign-ups", hope, "{\"volunteerId\":" + a + "}")))
                .getString("status"));
        assertEquals("WAITING", json(ok(api.post("volunteers/shifts/" + shift + "/sign-ups", hope, "{\"volunteerId\":" + b + "}")))
                .getString("status"));
        assertEquals(400, api.post("volunteers/shifts/" + shift + "/sign-ups", hope, "{\"volunteerId\":" + a + "}").statusCode(),
                "signed up once");
        assertEquals(404, api.post("volunteers/shifts/" + shift + "/sign-ups", huide, "{\"volunteerId\":" + a + "}").statusCode());
        assertEquals(b, json(ok(api.delete("volunteers/shifts/" + shift + "/sign-ups/" + a, hope))).getJsonNumber("movedUp").longValue());
        JsonArray signUps = json(ok(api.get("volunteers/shifts/" + shift + "/roster", hope))).getJsonArray("signUps");
        assertEquals(List.of("CANCELLED", "CONFIRMED"), signUps.stream().map(s -> s.asJsonObject().getString("status")).toList());

        long mine = volunteerDemoAtHope();
        long open = shift(hope, LAOJUNYING, 600, 720, 5);
        assertEquals("CONFIRMED", json(ok(api.post("volunteers/me/sign-ups/" + open, volunteer, ""))).getString("status"));
        assertTrue(array(ok(api.get("volunteers/me/opportunities", volunteer))).stream()
                .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == open));
        ok(api.delete("volunteers/me/sign-ups/" + open, volunteer));
        assertEquals("CANCELLED", array(ok(api.get("volunteers/me/sign-ups", volunteer))).stream().map(JsonObject.class::cast)
                .filter(s -> s.getJsonNumber("shiftId").longValue() == open).findFirst().orElseThrow().getString("status"));
        assertTrue(mine > 0);
    }

    /**
     * The demo world gives volunteer.demo something to sign up for: 老军营's shifts of the coming weeks
     * (each a few places taken, places left), and none of them is another operator's to see.
     */
    @Test
    void theDemoStationHasComingShiftsWithPlacesLeft() {
        volunteerDemoAtHope();
        LocalDateTime now = LocalDateTime.now(STATIONS);
        List<JsonObject> coming = array(ok(api.get("volunteers/me/opportunities", volunteer))).stream().map(JsonObject.class::cast)
                .filter(s -> List.of("助老探访", "社区义诊志愿服务", "周末课业辅导").contains(s.getString("role"))
                        && LocalDateTime.parse(s.getString("startsAt")).toLocalTime().equals(java.time.LocalTime.of(9, 0))
                        && s.getInt("spots") == 8)
                .toList();
        assertEquals(List.of("助老探访", "社区义诊志愿服务", "周末课业辅导"), coming.stream().map(s -> s.getString("role")).toList(),
                "the coming weeks' demo shifts, soonest first: " + coming);
        for (JsonObject shift : coming) {
            assertEquals(LAOJUNYING, shift.getString("streetCode"));
            assertTrue(LocalDateTime.parse(shift.getString("startsAt")).isAfter(now), shift.toString());
            long id = shift.getJsonNumber("id").longValue();
            long taken = json(ok(api.get("volunteers/shifts/" + id + "/roster", hope))).getJsonArray("signUps").stream()
                    .filter(u -> u.asJsonObject().getString("status").equals("CONFIRMED")).count();
            assertTrue(taken >= 2 && taken < 8, "a few places taken, some left: " + taken);
            assertEquals(404, api.get("volunteers/shifts/" + id + "/roster", huide).statusCode(), "another operator's shift");
        }
    }

    @Test
    void twoSpendsOfOneCreditAtOnceOneWinsAndTheLedgerStillSumsToZero() throws Exception {
        long v = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "钱同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), v, 40);
        assertEquals(40, balance(v));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> spends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                spends.add(pool.submit(waitThen(start, () -> api.post("volunteers/registry/" + v + "/spends", hope,
                        "{\"minutes\":40,\"purpose\":\"为老人上门探访\"}"))));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> spend : spends) {
                HttpResponse<String> r = spend.get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                bodies.add(r.body());
            }
            assertEquals(List.of(200, 400), statuses.stream().sorted().toList(), bodies.toString());
            assertTrue(bodies.stream().anyMatch(b -> b.contains("时间币余额不足")), bodies.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = json(ok(api.get("volunteers/registry/" + v + "/balance", hope)));
        assertEquals(0, after.getJsonNumber("minutes").longValue());
        assertEquals(0, after.getJsonNumber("cachedMinutes").longValue(), "the cached balance agrees with the ledger");
        assertEquals(0, ledgerSum(hope));

        HttpResponse<String> more = api.post("volunteers/registry/" + v + "/donations", hope, "{\"minutes\":1,\"purpose\":\"捐赠\"}");
        assertEquals(400, more.statusCode(), "no balance below zero");
        assertEquals(0, ledgerSum(hope));
    }

    @Test
    void badInputIsA400WithItsReasonAndWritesNothing() {
        long before = registered(hope);
        assertTrue(error(api.post("volunteers/registry", hope, volunteerJson("110105194912310021", LAOJUNYING, null, "错号")))
                .startsWith("身份证号校验位错误"));
        assertTrue(error(api.post("volunteers/registry", hope, volunteerJson(Fixtures.freshIdNumber(), WENMIAO, null, "错站")))
                .startsWith("请选择本人所在的社工站"));
        assertTrue(error(api.post("volunteers/registry", hope, volunteerJson(Fixtures.freshIdNumber(), LAOJUNYING, null, " ")))
                .startsWith("请填写姓名"));
        assertEquals(400, api.post("volunteers/registry", hope, "{\"name\":\"x\",\"affiliationKind\":\"ALIEN\"}").statusCode());
        assertEquals(400, api.post("volunteers/registry", hope, "{\"unknown\":1}").statusCode());
        assertEquals(400, api.post("volunteers/registry", hope, "").statusCode());
        assertEquals(before, registered(hope), "nothing was written");

        long v = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "孙同学");
        HttpResponse<String> emptyPut = api.put("volunteers/registry/" + v, hope, "{}");
        assertEquals("孙同学", json(ok(emptyPut)).getString("name"), "a field left out keeps what is recorded");
        assertTrue(error(api.put("volunteers/registry/" + v, hope, "{\"idNumber\":\"" + Fixtures.freshIdNumber() + "\"}"))
                .startsWith("身份证号登记后不能修改"));
        assertTrue(error(api.put("volunteers/registry/" + v, hope, "{\"phone\":\"123\"}")).startsWith("手机号应为11位数字"));

        String start = LocalDateTime.now(STATIONS).plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        assertTrue(error(api.post("volunteers/shifts", hope, "{\"role\":\"助老\",\"streetCode\":\"" + LAOJUNYING
                + "\",\"spots\":2,\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start + "\"}")).startsWith("结束时间应晚于开始时间"));
        assertTrue(error(api.post("volunteers/shifts", hope, "{\"role\":\"助老\",\"streetCode\":\"" + LAOJUNYING
                + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start + "\"}")).startsWith("请填写名额"));
        String over = "{\"role\":\"过期班次\",\"streetCode\":\"" + LAOJUNYING
                + "\",\"spots\":2,\"startsAt\":\"2020-01-01T09:00\",\"endsAt\":\"2020-01-01T12:00\"}";
        assertTrue(error(api.post("volunteers/shifts", hope, over)).startsWith("班次应发布在将来：此班次的结束时间已过"),
                "a shift already over is not published (no list would show it)");
        assertTrue(error(api.post("volunteers/shifts", hope, over, "en"))
                .startsWith("A shift is published for what is still to come: this one has already ended"));
        long shift = shift(hope, LAOJUNYING, -60, 60, 2);
        assertTrue(error(api.post("volunteers/shifts/" + shift + "/attendance", hope, "{\"volunteerIds\":[]}"))
                .startsWith("请选择志愿者"));
        assertEquals(400, api.post("volunteers/shifts/" + shift + "/attendance", hope, "{\"volunteerIds\":[null]}").statusCode());
        assertTrue(error(api.post("volunteers/registry/" + v + "/spends", hope, "{\"minutes\":-5,\"purpose\":\"x\"}"))
                .startsWith("时长应大于0"));
        volunteerDemoAtHope();
        assertTrue(error(api.post("volunteers/me/check-ins", volunteer, "{}")).startsWith("签到码无效"));
        assertEquals(0, ledgerSum(hope));
    }

    // --- certificates (志愿服务记录证明) -------------------------------------------------------------

    @Test
    void eachOperatorCertifiesOnlyItsOwnHoursAnotherOperatorsCertificateIsNotFoundAndThePublicPageShowsOnlyTheFacts()
            throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        long atHope = register(hope, idNumber, LAOJUNYING, null, "欧阳同学");
        long atHuide = register(huide, idNumber, WENMIAO, null, "欧阳同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), atHope, 30);
        confirmAttendance(huide, shift(huide, WENMIAO, -60, 60, 3), atHuide, 20);

        HttpResponse<String> issued = api.post("volunteers/certificates", hope, "{\"volunteerId\":" + atHope
                + ",\"training\":\"急救培训8学时\",\"evaluation\":\"服务认真\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject hopeCert = json(issued.body());
        assertEquals(30, hopeCert.getJsonNumber("totalMinutes").longValue(), "谁记录谁证明: only 希望's 30 minutes, not 汇德's 20");
        assertEquals(1, hopeCert.getJsonArray("lines").size());
        assertTrue(hopeCert.getString("serialNumber").matches("ZY\\d{4}-\\d{6}"), hopeCert.toString());
        assertEquals("VALID", hopeCert.getString("state"));
        assertEquals("希望社会工作服务中心", hopeCert.getString("issuer"));
        JsonObject huideCert = json(created(api.post("volunteers/certificates", huide, "{\"volunteerId\":" + atHuide + "}")));
        assertEquals(20, huideCert.getJsonNumber("totalMinutes").longValue());
        long hopeId = hopeCert.getJsonNumber("id").longValue();

        assertEquals(404, api.get("volunteers/certificates/" + hopeId, huide).statusCode(), "another operator's certificate");
        assertEquals(404, api.get("volunteers/certificates/" + hopeId + "/pdf", huide).statusCode());
        assertEquals(404, api.post("volunteers/certificates/" + hopeId + "/revocation", huide, "{\"reason\":\"越权\"}").statusCode());
        assertEquals(404, api.get("volunteers/certificates/" + hopeId, hopeYingze).statusCode(), "another station's");
        assertEquals(404, api.get("volunteers/certificates?volunteer=" + atHope, huide).statusCode());
        assertEquals(403, api.post("volunteers/certificates", volunteer, "{\"volunteerId\":" + atHope + "}").statusCode(),
                "a volunteer does not issue");

        HttpResponse<byte[]> pdf = bytes("api/volunteers/certificates/" + hopeId + "/pdf", hope);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
            for (String field : List.of(hopeCert.getString("serialNumber"), "欧阳同学", "0.5", "急救培训8学时", "服务认真",
                    "希望社会工作服务中心", "民政部令第67号", token(hopeCert))) {
                assertTrue(text.contains(field), field + " in " + text);
            }
            var resources = read.getPage(0).getResources();
            assertTrue(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded(), "the Chinese font is embedded");
        }

        for (JsonObject cert : List.of(hopeCert, huideCert)) {
            String page = publicPage(token(cert));
            assertTrue(page.contains("欧***"), "the masked name: " + page);
            assertFalse(page.contains("欧阳同学"), "never the name in full");
            assertFalse(page.contains(cert.getString("serialNumber")) || page.contains("山西大学") || page.contains("急救")
                    || page.contains("*******"), "nothing but the facts: " + page);
            assertTrue(page.contains(cert.getString("hours")) && page.contains(cert.getString("issuer"))
                    && page.contains(cert.getString("validUntil")) && page.contains("class=\"VALID\""), page);
        }

        assertTrue(error(api.post("volunteers/certificates/" + hopeId + "/revocation", hope, "{\"reason\":\" \"}"))
                .startsWith("请填写撤销原因"));
        assertEquals("VALID", json(ok(api.get("volunteers/certificates/" + hopeId, hope))).getString("state"), "a refused revocation changes nothing");
        JsonObject revoked = json(ok(api.post("volunteers/certificates/" + hopeId + "/revocation", hope, "{\"reason\":\"时长录入有误\"}")));
        assertEquals("REVOKED", revoked.getString("state"));
        assertEquals("时长录入有误", revoked.getString("revokedReason"));
        assertEquals("laojunying.worker", revoked.getString("revokedBy"));
        assertTrue(error(api.post("volunteers/certificates/" + hopeId + "/revocation", hope, "{\"reason\":\"再次\"}"))
                .startsWith("该证明已撤销"));
        String page = publicPage(token(hopeCert));
        assertTrue(page.contains("class=\"REVOKED\"") && page.contains("id=\"revokedOn\""), "shown revoked, with the day: " + page);
        assertTrue(publicPage(token(huideCert)).contains("class=\"VALID\""), "the other operator's stays valid");
    }

    @Test
    void theVolunteerDownloadsOnlyTheirOwnCertificatesAndUnknownOrGarbledTokensAreNotFound() throws Exception {
        long me = volunteerDemoAtHope();
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 5), me, 45);
        long other = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "钱同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 5), other, 40);
        long mine = json(created(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + me + "}"))).getJsonNumber("id").longValue();
        long notMine = json(created(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + other + "}"))).getJsonNumber("id").longValue();

        JsonArray listed = array(ok(api.get("volunteers/certificates/mine", volunteer)));
        assertTrue(listed.stream().anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == mine));
        assertTrue(listed.stream().noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == notMine), "only my own");
        assertEquals(200, bytes("api/volunteers/certificates/mine/" + mine + "/pdf", volunteer).statusCode());
        assertEquals(404, bytes("api/volunteers/certificates/mine/" + notMine + "/pdf", volunteer).statusCode(), "someone else's");
        assertEquals(403, api.get("volunteers/certificates/" + mine, volunteer).statusCode(), "the staff routes are not the volunteer's");
        assertEquals(404, api.get("volunteers/certificates/999999999", hope).statusCode());

        for (String token : List.of("AAAAAAAAAAAAAAAAAAAAAA", "ZY2026-000001", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "..%2F..%2Fetc%2Fpasswd", "x".repeat(5000), "")) {
            HttpResponse<String> r = publicPageResponse(token);
            // Names no certificate: 404 as every address that names no record, with the page's own "not found".
            assertEquals(404, r.statusCode(), "not found, never a 5xx, for " + token);
            assertTrue(r.body().contains("id=\"notFound\"") && !r.body().contains("id=\"certificate\""), token + ": " + r.body());
        }
    }

    @Test
    void badInputOnTheCertificateRoutesIsA400AndWritesNothing() {
        long v = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "李同学");
        assertTrue(error(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + "}")).startsWith("截止该日期没有已确认的服务时长"),
                "nothing confirmed, nothing to certify");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), v, 40);
        String tomorrow = LocalDateTime.now(STATIONS).toLocalDate().plusDays(1).toString();
        String today = LocalDateTime.now(STATIONS).toLocalDate().toString();
        assertEquals(400, api.post("volunteers/certificates", hope, "").statusCode(), "no body");
        assertTrue(error(api.post("volunteers/certificates", hope, "{}")).startsWith("请选择志愿者"));
        assertTrue(error(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + ",\"servedUpTo\":\"" + tomorrow + "\"}"))
                .startsWith("服务截止日期不能晚于出具日期"));
        assertTrue(error(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + ",\"validUntil\":\"" + today + "\"}"))
                .startsWith("有效期应晚于出具日期"));
        assertEquals(400, api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + ",\"validUntil\":\"2026-13-45\"}").statusCode());
        assertEquals(400, api.post("volunteers/certificates", hope, "{\"volunteerId\":\"abc\"}").statusCode());
        assertTrue(error(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + ",\"evaluation\":\"" + "好".repeat(501) + "\"}"))
                .startsWith("服务评价最多500个字"));
        assertEquals(0, array(ok(api.get("volunteers/certificates?volunteer=" + v, hope))).size(), "nothing was written");
        assertTrue(error(api.get("volunteers/certificates", hope)).startsWith("请选择志愿者"));
        long id = json(created(api.post("volunteers/certificates", hope, "{\"volunteerId\":" + v + "}"))).getJsonNumber("id").longValue();
        assertEquals(400, api.post("volunteers/certificates/" + id + "/revocation", hope, "").statusCode(), "no body");
        assertTrue(error(api.post("volunteers/certificates/" + id + "/revocation", hope, "{\"reason\":\"" + "错".repeat(201) + "\"}"))
                .startsWith("撤销原因最多200个字"));
        assertEquals(400, api.post("volunteers/certificates/" + id + "/revocation", hope, "{\"reason\":").statusCode());
        assertEquals("VALID", json(ok(api.get("volunteers/certificates/" + id, hope))).getString("state"));
    }

    static String created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.uri() + " " + r.body());
        return r.body();
    }

    static String token(JsonObject certificate) {
        String url = certificate.getString("verificationUrl");
        return url.substring(url.indexOf("?t=") + 3);
    }

    String publicPage(String token) {
        HttpResponse<String> r = publicPageResponse(token);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The verification page as anyone opens it: no token, no session. */
    HttpResponse<String> publicPageResponse(String token) {
        try {
            return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toExternalForm().replaceAll("/$", "")
                    + "/public/volunteers/certificate.xhtml?t=" + token)).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /** A PDF route, read as bytes (the API client reads text). */
    HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/" + path)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aDirtyClassListGetsPerRowReasonsAndImportsAllOrNothingOrTheValidRowsAtItsOwnOperatorOnly() throws Exception {
        String taken = Fixtures.freshIdNumber();
        register(hope, taken, LAOJUNYING, null, "钱同学");
        String fresh = Fixtures.freshIdNumber();
        String fullWidth = Fixtures.freshIdNumber();
        String twice = Fixtures.freshIdNumber();
        String typedFullWidth = fullWidth.chars().mapToObj(c -> String.valueOf(Character.isDigit(c) ? (char) (c - '0' + '０') : 'Ｘ')).reduce("", String::concat);
        byte[] list = classList(
                new Object[] {"孙同学", fresh, "１３９ １２３４ ５６７８", "手语翻译、陪伴"},
                new Object[] {"", "", "", ""},
                new Object[] {"周同学", typedFullWidth, "+86 13912345679", ""},
                new Object[] {"吴同学", twice, "", ""},
                new Object[] {"郑同学", twice, "", ""},
                new Object[] {"王同学", 140106195003020025d, "", ""},
                new Object[] {"钱同学", taken, "", ""},
                new Object[] {"冯同学", "140106195003020026", "12345", ""});
        long hopeBefore = registered(hope);

        JsonObject check = json(ok(api.post("volunteers/imports/check?street=" + LAOJUNYING + "&kind=UNIVERSITY&affiliation="
                + java.net.URLEncoder.encode("山西大学", java.nio.charset.StandardCharsets.UTF_8), hope, XLSX, list)));
        assertEquals(3, check.getJsonNumber("valid").longValue(), check.toString());
        assertEquals(4, check.getJsonNumber("invalid").longValue(), check.toString());
        JsonArray rows = check.getJsonArray("rows");
        assertEquals(7, rows.size(), "the blank row is skipped: " + rows);
        assertTrue(reasons(rows, 6).contains("与第 5 行重复"), rows.toString());
        assertTrue(reasons(rows, 7).contains("数字格式"), "an ID number from a number cell is refused: " + rows);
        assertTrue(reasons(rows, 8).contains("已登记"), rows.toString());
        assertTrue(reasons(rows, 9).contains("身份证号") && reasons(rows, 9).contains("手机"), rows.toString());
        assertTrue(rows.getJsonObject(1).getJsonArray("notes").toString().contains("13912345679"), "the mobile as stored is named");
        // the same check for an English reader: each row's reasons in English only
        JsonArray english = json(ok(api.post("volunteers/imports/check?street=" + LAOJUNYING + "&kind=UNIVERSITY", hope, XLSX,
                list, "en"))).getJsonArray("rows");
        assertEquals("[\"The same ID number as row 5\"]", reasons(english, 6), english.toString());
        assertTrue(reasons(english, 8).contains("registered") && !reasons(english, 8).matches("(?s).*\\p{IsHan}.*"),
                english.toString());
        assertEquals(hopeBefore, registered(hope), "a check writes nothing");

        HttpResponse<String> all = api.post("volunteers/imports?mode=ALL_OR_NOTHING&street=" + LAOJUNYING + "&kind=UNIVERSITY", hope, XLSX, list);
        assertTrue(error(all).startsWith("有 4 行有错误，全部未导入"), all.body());
        assertEquals(hopeBefore, registered(hope), "all or nothing: nothing");
        assertEquals(3, json(ok(api.post("volunteers/imports?mode=VALID_ONLY&street=" + LAOJUNYING + "&kind=UNIVERSITY", hope, XLSX, list)))
                .getJsonNumber("imported").longValue());
        assertEquals(hopeBefore + 3, registered(hope));
        JsonArray found = json(ok(api.get("volunteers/registry?skill=" + java.net.URLEncoder.encode("手语翻译", java.nio.charset.StandardCharsets.UTF_8)
                + "&max=200", hope))).getJsonArray("rows");
        assertTrue(found.stream().anyMatch(r -> r.asJsonObject().getString("name").equals("孙同学")
                && r.asJsonObject().getString("affiliationKindLabel").equals("高校")), found.toString());

        // 汇德 sees none of them, may not import at 希望's station, and registers the same people as its own.
        long huideBefore = registered(huide);
        assertTrue(error(api.post("volunteers/imports?mode=VALID_ONLY&street=" + LAOJUNYING + "&kind=UNIVERSITY", huide, XLSX, list))
                .startsWith("请选择本人所在的社工站"));
        assertEquals(huideBefore, registered(huide));
        assertTrue(json(ok(api.get("volunteers/registry?max=200", huide))).getJsonArray("rows").stream()
                .noneMatch(r -> r.asJsonObject().getString("name").equals("孙同学")), "another operator's import is not seen");
        JsonObject atHuide = json(ok(api.post("volunteers/imports/check?street=" + WENMIAO + "&kind=ENTERPRISE", huide, XLSX, list)));
        assertEquals(4, atHuide.getJsonNumber("valid").longValue(), "at 汇德 钱同学 is not registered yet: " + atHuide);
        assertEquals(403, api.post("volunteers/imports/check?street=" + LAOJUNYING, volunteer, XLSX, list).statusCode());
        HttpResponse<String> template = api.get("volunteers/imports/template", hope);
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
    }

    @Test
    void aFileThatIsNoListIsRefusedWithItsReasonAndWritesNothing() throws Exception {
        long before = registered(hope);
        String at = "volunteers/imports?mode=VALID_ONLY&kind=RESIDENT&street=" + LAOJUNYING;
        assertTrue(error(api.post(at, hope, XLSX, "姓名,身份证号".getBytes(java.nio.charset.StandardCharsets.UTF_8))).startsWith("不是有效的 Excel"));
        assertTrue(error(api.post(at, hope, XLSX, new byte[0])).startsWith("不是有效的 Excel"));
        assertTrue(error(api.post(at, hope, XLSX, classList())).startsWith("文件中没有数据行"));
        byte[] wrongHeader;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Row header = book.createSheet("名单").createRow(0);
            header.createCell(0).setCellValue("学号");
            header.createCell(1).setCellValue("班级");
            book.getSheetAt(0).createRow(1).createCell(0).setCellValue("2024001");
            book.write(out);
            wrongHeader = out.toByteArray();
        }
        assertTrue(error(api.post(at, hope, XLSX, wrongHeader)).startsWith("第一行须是表头"));
        Object[][] many = new Object[10_000][];
        java.util.Arrays.fill(many, new Object[] {"某同学", "140106195003020025", "", ""});
        assertTrue(error(api.post(at, hope, XLSX, classList(many))).startsWith("一次最多导入 5000 行"));
        assertTrue(error(api.post("volunteers/imports?mode=SOME&street=" + LAOJUNYING, hope, XLSX, classList())).startsWith("导入方式应为"));
        assertTrue(error(api.post("volunteers/imports?mode=VALID_ONLY&kind=NONE&street=" + LAOJUNYING, hope, XLSX, classList()))
                .startsWith("来源类别应为"));
        assertEquals(before, registered(hope), "nothing written");
        assertTrue(error(api.post(at.replace(LAOJUNYING, WENMIAO), huide, XLSX, new byte[0])).startsWith("不是有效的 Excel"));
    }

    @Test
    void aVolunteersFileShowsHoursCorrectionsAndLedgerAndOnlyALeadRevealsTheIdNumberRecorded() {
        String idNumber = Fixtures.freshIdNumber();
        long atHope = register(hope, idNumber, LAOJUNYING, null, "陈同学");
        long atHuide = register(huide, idNumber, WENMIAO, null, "陈同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), atHope, 45);
        long pendingShift = shift(hope, LAOJUNYING, -60, 60, 3);
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        ok(api.post("volunteers/shifts/" + pendingShift + "/attendance", hope, "{\"volunteerIds\":[" + atHope
                + "],\"checkedInAt\":\"" + now.minusMinutes(30) + "\",\"checkedOutAt\":\"" + now.minusMinutes(10) + "\"}"));

        JsonObject file = json(ok(api.get("volunteers/files/" + atHope, hope)));
        assertTrue(file.getJsonObject("volunteer").getString("idNumberMasked").endsWith("**************"));
        assertEquals(45, file.getJsonNumber("confirmedMinutes").longValue(), file.toString());
        assertEquals(20, file.getJsonNumber("pendingMinutes").longValue());
        assertEquals(2, file.getJsonArray("services").size());
        assertTrue(file.getJsonArray("services").toString().contains("按签到表更正"), "corrections with why: " + file);
        assertEquals(45, file.getJsonObject("balance").getJsonNumber("minutes").longValue());
        assertTrue(file.getJsonArray("history").stream().anyMatch(h -> h.asJsonObject().getString("action").equals("CREATED")));
        // the file says who registered the volunteer by name, beside the login
        String hopeName = json(ok(api.get("me", hope))).getString("displayName");
        assertTrue(file.getJsonArray("history").stream().map(h -> h.asJsonObject())
                .anyMatch(h -> h.getString("action").equals("CREATED") && hopeName.equals(h.getString("actorName", null))), file.toString());

        // 汇德's record of the same person holds only 汇德's (none), and neither operator opens the other's.
        assertEquals(0, json(ok(api.get("volunteers/files/" + atHuide, huide))).getJsonNumber("confirmedMinutes").longValue());
        assertEquals(404, api.get("volunteers/files/" + atHope, huide).statusCode());
        assertEquals(404, api.get("volunteers/files/" + atHuide, hope).statusCode());
        assertEquals(404, api.get("volunteers/files/" + atHope, hopeYingze).statusCode(), "another station's volunteer");

        String lead = Keycloak.accessToken("laojunying.lead");
        assertEquals(403, api.post("volunteers/files/" + atHope + "/id-number", hope, "").statusCode(), "a worker does not reveal");
        assertEquals(404, api.post("volunteers/files/" + atHuide + "/id-number", lead, "").statusCode(), "another operator's: 404");
        assertEquals(404, api.post("volunteers/files/999999999/id-number", lead, "").statusCode());
        assertEquals(404, api.post("volunteers/files/abc/id-number", lead, "").statusCode());
        assertEquals(idNumber, json(ok(api.post("volunteers/files/" + atHope + "/id-number", lead, ""))).getString("idNumber"));
        assertTrue(json(ok(api.get("volunteers/files/" + atHope, hope))).getJsonArray("history").stream()
                .anyMatch(h -> h.asJsonObject().getString("action").equals("REVEALED")), "the reveal is in the record's history");
        assertEquals(idNumber, json(ok(api.post("volunteers/files/" + atHuide + "/id-number", Keycloak.accessToken("wenmiao.lead"), "")))
                .getString("idNumber"));
    }

    @Test
    void theVolunteersPageRemindsOfTheNextShiftWithinTwoDaysAndOfHoursAwaitingConfirmation() {
        long me = volunteerDemoAtHope();
        long inADay = shift(hope, LAOJUNYING, 24 * 60, 26 * 60, 5);
        long inThreeDays = shift(hope, LAOJUNYING, 72 * 60, 74 * 60, 5);
        ok(api.post("volunteers/me/sign-ups/" + inThreeDays, volunteer, ""));
        ok(api.post("volunteers/me/sign-ups/" + inADay, volunteer, ""));
        long served = shift(hope, LAOJUNYING, -60, 60, 5);
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        ok(api.post("volunteers/shifts/" + served + "/attendance", hope, "{\"volunteerIds\":[" + me
                + "],\"checkedInAt\":\"" + now.minusMinutes(40) + "\",\"checkedOutAt\":\"" + now.minusMinutes(10) + "\"}"));

        JsonObject reminders = json(ok(api.get("volunteers/me/reminders", volunteer)));
        assertFalse(reminders.isNull("nextShift"), "a shift within 48 hours is reminded: " + reminders);
        JsonObject next = reminders.getJsonObject("nextShift");
        assertTrue(next.getJsonNumber("id").longValue() != inThreeDays, "the shift in three days is not the next: " + reminders);
        assertTrue(!LocalDateTime.parse(next.getString("startsAt")).isAfter(now.plusHours(24)), reminders.toString());
        assertEquals(LAOJUNYING, next.getString("streetCode"));
        assertTrue(reminders.getJsonNumber("awaitingMinutes").longValue() >= 30, reminders.toString());
        assertEquals(403, api.get("volunteers/me/reminders", hope).statusCode(), "staff have no portal");
        assertEquals(403, api.get("volunteers/me/reminders", huide).statusCode());
    }

    @Test
    void creditsEarnedAtHopeAreSpentAtHuideBookedInBothLedgersAndTwoSpendsOfOneCreditAtOnceOneWins() throws Exception {
        String idNumber = Fixtures.freshIdNumber();
        long atHope = register(hope, idNumber, LAOJUNYING, null, "许同学");
        long atHuide = register(huide, idNumber, WENMIAO, null, "许同学");
        long onlyAtHope = register(hope, Fixtures.freshIdNumber(), LAOJUNYING, null, "何同学");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 3), atHope, 60);

        // bad input: nothing moves
        String at = "volunteers/credit-transfers";
        assertTrue(error(api.post(at, hope, transferJson(atHope, "huide", 61))).startsWith("时间币余额不足"));
        assertTrue(error(api.post(at, hope, transferJson(atHope, "huide", 0))).startsWith("时长应大于0"));
        assertTrue(error(api.post(at, hope, transferJson(atHope, "hope", 10))).startsWith("不能转给本运营方"));
        assertTrue(error(api.post(at, hope, transferJson(atHope, "nowhere", 10))).startsWith("该志愿者未在该运营方登记"));
        assertTrue(error(api.post(at, hope, transferJson(onlyAtHope, "huide", 10))).startsWith("该志愿者未在该运营方登记"));
        assertTrue(error(api.post(at, hope, "{\"operator\":\"huide\"}")).startsWith("请填写志愿者和时长"));
        assertEquals(400, api.post(at, hope, "").statusCode());
        assertEquals(404, api.post(at, huide, transferJson(atHope, "hope", 10)).statusCode(), "another operator's volunteer");
        assertEquals(403, api.post(at, volunteer, transferJson(atHope, "huide", 10)).statusCode());
        assertEquals(60, balanceAt(hope, atHope));

        List<JsonObject> sent = array(ok(api.post(at, hope, transferJson(atHope, "huide", 40)))).getValuesAs(JsonObject.class);
        assertEquals(2, sent.size());
        assertEquals(20, balanceAt(hope, atHope));
        assertEquals(40, balanceAt(huide, atHuide), "汇德 books the credits 希望 sent");
        assertEquals(40, balanceAt(huide, atHuide), "once");
        assertEquals(0, ledgerSum(hope));
        assertEquals(0, ledgerSum(huide));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> spends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                spends.add(pool.submit(waitThen(start, () -> api.post("volunteers/registry/" + atHuide + "/spends", huide,
                        "{\"minutes\":30,\"purpose\":\"汇德记录的助老探访\"}"))));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> f : spends) {
                codes.add(f.get(60, TimeUnit.SECONDS).statusCode());
            }
            codes.sort(null);
            assertEquals(List.of(200, 400), codes, "one spend of the received credit wins");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, balanceAt(huide, atHuide));
        assertEquals(20, balanceAt(hope, atHope), "希望's balance is its own");
        assertEquals(0, ledgerSum(hope));
        assertEquals(0, ledgerSum(huide));
        String transferId = sent.get(0).getString("transferId");
        assertTrue(json(ok(api.get("volunteers/registry/" + atHuide + "/balance", huide))).getJsonArray("history").stream()
                .anyMatch(e -> e.asJsonObject().getString("transferId").equals(transferId)), "both halves carry one transfer id");

        // issue 15: the notes the system writes are said in the reader's language, a typed purpose as typed
        List<String> en = memos(api.get("volunteers/registry/" + atHuide + "/balance", huide, "en"));
        List<String> zh = memos(api.get("volunteers/registry/" + atHuide + "/balance", huide, "zh-CN"));
        assertTrue(en.stream().anyMatch(m -> m.startsWith("Time credits sent from another operator (") && m.endsWith(")")), en.toString());
        assertTrue(zh.stream().anyMatch(m -> m.startsWith("其他运营方转来的时间币（") && m.endsWith("）")), zh.toString());
        assertTrue(en.stream().noneMatch(m -> m.matches(".*[（）：].*")), "no Chinese sentence in English: " + en);
        assertTrue(en.contains("汇德记录的助老探访"), "a typed purpose as typed: " + en);
        List<String> hopeEn = memos(api.get("volunteers/registry/" + atHope + "/balance", hope, "en"));
        assertTrue(hopeEn.stream().anyMatch(m -> m.startsWith("Service hours confirmed: ")), hopeEn.toString());
        List<JsonObject> typed = array(ok(api.post("volunteers/registry/" + atHuide + "/spends", huide,
                "{\"minutes\":5,\"purpose\":\"#volunteers.memo.demoHours\"}", "en"))).getValuesAs(JsonObject.class);
        assertEquals("#volunteers.memo.demoHours", typed.get(0).getString("memo"), "typed text that looks like a phrase stays as typed");
    }

    /** The notes of an account's history, as the API says them. */
    static List<String> memos(HttpResponse<String> balance) {
        return json(ok(balance)).getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("memo")).toList();
    }

    @Test
    void theVolunteerSpendsAndDonatesTheirOwnCreditsHereAndAtAnotherOperatorTheyServeAndBadInputWritesNothing() {
        long me = volunteerDemoAtHope();
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 5), me, 50);
        long before = myBalance();
        assertTrue(before >= 50, "credited: " + before);
        String at = "volunteers/me/credit-uses";

        assertTrue(error(api.post(at, volunteer, creditUse("hope", "SERVICE", 0, "探访"))).startsWith("时长应大于0"));
        assertTrue(error(api.post(at, volunteer, creditUse("hope", "SERVICE", -5, "探访"))).startsWith("时长应大于0"));
        assertTrue(error(api.post(at, volunteer, creditUse("hope", "SERVICE", before + 1, "探访"))).startsWith("时间币余额不足"));
        assertTrue(error(api.post(at, volunteer, creditUse("huide", "SERVICE", before + 1, "探访"))).startsWith("时间币余额不足"));
        assertTrue(error(api.post(at, volunteer, creditUse("nowhere", "SERVICE", 5, "探访"))).startsWith("该志愿者未在该运营方登记"));
        assertTrue(error(api.post(at, volunteer, creditUse("hope", "DONATION", 5, " "))).startsWith("请填写用途"));
        assertTrue(error(api.post(at, volunteer, "{\"operator\":\"hope\",\"minutes\":5,\"purpose\":\"探访\"}"))
                .startsWith("请选择兑换服务或捐赠"));
        assertTrue(error(api.post(at, volunteer, "{\"use\":\"SERVICE\",\"purpose\":\"探访\"}")).startsWith("请填写时长"));
        assertEquals(400, api.post(at, volunteer, "{\"use\":\"STEAL\",\"minutes\":5,\"purpose\":\"探访\"}").statusCode());
        assertEquals(400, api.post(at, volunteer, "").statusCode(), "no body");
        assertEquals(403, api.post(at, hope, creditUse("hope", "SERVICE", 5, "探访")).statusCode(), "staff have no portal");
        assertEquals(before, myBalance(), "nothing was written");
        assertEquals(0, ledgerSum(hope));

        // at 希望, which recorded the hours: two entries summing to zero, each time
        List<JsonObject> spent = array(ok(api.post(at, volunteer, creditUse("hope", "SERVICE", 10, "为五一东街社区的王奶奶兑换上门探访"))))
                .getValuesAs(JsonObject.class);
        assertEquals(2, spent.size());
        assertEquals(0, spent.stream().mapToLong(e -> e.getJsonNumber("minutes").longValue()).sum());
        assertEquals(before - 10, myBalance());
        ok(api.post(at, volunteer, "{\"use\":\"DONATION\",\"minutes\":5,\"purpose\":\"捐入爱心池\"}"));
        assertEquals(before - 15, myBalance(), "no operator named: this one");

        // at 汇德, which the person also serves: sent from 希望's ledger, received and spent in 汇德's
        long atHuide = demoAtHuide != 0 ? demoAtHuide : recordAt(huide, WENMIAO, "张悦");
        long huideBefore = balanceAt(huide, atHuide);
        List<JsonObject> sent = array(ok(api.post(at, volunteer, creditUse("huide", "SERVICE", 20, "在汇德为外婆兑换助老服务"))))
                .getValuesAs(JsonObject.class);
        assertEquals(before - 35, myBalance());
        JsonObject there = json(ok(api.get("volunteers/registry/" + atHuide + "/balance", huide)));
        assertEquals(huideBefore, there.getJsonNumber("minutes").longValue(), "received and spent there: nothing left over");
        String transferId = sent.get(0).getString("transferId");
        JsonArray history = there.getJsonArray("history");
        assertTrue(history.stream().anyMatch(e -> e.asJsonObject().getString("transferId").equals(transferId)
                && e.asJsonObject().getJsonNumber("minutes").longValue() == 20), "汇德 books the received credits: " + history);
        assertTrue(history.stream().anyMatch(e -> e.asJsonObject().getString("memo").equals("在汇德为外婆兑换助老服务")
                && e.asJsonObject().getJsonNumber("minutes").longValue() == -20), "and spends them on the service: " + history);
        assertEquals(huideBefore, balanceAt(huide, atHuide), "booked once");
        assertEquals(0, ledgerSum(hope));
        assertEquals(0, ledgerSum(huide));
    }

    @Test
    void theVolunteerAsksForTheSummaryOfHoursWhichListsEachOperatorsCertifiedHoursAndTheTotal() throws Exception {
        long me = volunteerDemoAtHope();
        long atHuide = demoAtHuide != 0 ? demoAtHuide : recordAt(huide, WENMIAO, "张悦");
        confirmAttendance(hope, shift(hope, LAOJUNYING, -60, 60, 5), me, 40);
        confirmAttendance(huide, shift(huide, WENMIAO, -60, 60, 5), atHuide, 55);
        JsonObject byOperator = json(ok(api.get("volunteers/me/hours", volunteer))).getJsonObject("minutesByOperator");
        long atHopeMinutes = byOperator.getJsonNumber("hope").longValue();
        long atHuideMinutes = byOperator.getJsonNumber("huide").longValue();

        HttpResponse<String> asked = api.post("volunteers/me/hours-summaries", volunteer, "");
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject summary = json(asked.body());
        assertEquals(atHopeMinutes + atHuideMinutes, summary.getJsonNumber("totalMinutes").longValue(), summary.toString());
        assertEquals(2, summary.getJsonArray("operators").size(), "one line per operator: " + summary);
        long id = summary.getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = bytes("api/volunteers/me/hours-summaries/" + id + "/pdf", volunteer);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
            String hours = org.shegong.modules.volunteers.domain.model.certificate.Hours.of(atHopeMinutes);
            for (String shown : List.of("志愿服务时长汇总", "希望社会工作服务中心" + hours,
                    "汇德公益" + org.shegong.modules.volunteers.domain.model.certificate.Hours.of(atHuideMinutes),
                    "合计" + org.shegong.modules.volunteers.domain.model.certificate.Hours.of(atHopeMinutes + atHuideMinutes),
                    "谁记录谁证明")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertFalse(text.contains("文庙") || text.contains("老军营"), "no operator's details beyond its name: " + text);
        }
        assertTrue(array(ok(api.get("volunteers/me/hours-summaries", volunteer))).stream()
                .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == id), "listed as mine");
        assertEquals(404, bytes("api/volunteers/me/hours-summaries/999999999/pdf", volunteer).statusCode());
        assertEquals(403, api.post("volunteers/me/hours-summaries", hope, "").statusCode(), "staff do not ask for one");
        assertEquals(403, bytes("api/volunteers/me/hours-summaries/" + id + "/pdf", huide).statusCode());
    }

    static String creditUse(String operator, String use, long minutes, String purpose) {
        return "{\"operator\":\"" + operator + "\",\"use\":\"" + use + "\",\"minutes\":" + minutes + ",\"purpose\":\"" + purpose + "\"}";
    }

    long myBalance() {
        return json(ok(api.get("volunteers/me/balance", volunteer))).getJsonNumber("minutes").longValue();
    }

    /** An operator's record at a station by name (the demo data's record of volunteer.demo at 汇德). */
    long recordAt(String token, String street, String name) {
        return json(ok(api.get("volunteers/registry?street=" + street + "&max=200", token))).getJsonArray("rows").stream()
                .map(r -> r.asJsonObject()).filter(r -> r.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not registered at " + street)).getJsonNumber("id").longValue();
    }

    // --- helpers -------------------------------------------------------------------------------

    static String transferJson(long volunteerId, String operator, long minutes) {
        return "{\"volunteerId\":" + volunteerId + ",\"operator\":\"" + operator + "\",\"minutes\":" + minutes
                + ",\"purpose\":\"本人申请，在汇德兑换助老服务\"}";
    }

    long balanceAt(String token, long volunteerId) {
        return json(ok(api.get("volunteers/registry/" + volunteerId + "/balance", token))).getJsonNumber("minutes").longValue();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A class list as a teacher types it: 姓名, 身份证号码 (text unless given as a number), 联系电话, 特长. */
    static byte[] classList(Object[]... rows) throws java.io.IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("2024级社工1班");
            String[] header = {"学生姓名", "身份证号码", "联系电话", "特长"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (!"".equals(rows[r][c])) {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    /** The reasons of the checked row with that sheet row number, as one text. */
    static String reasons(JsonArray rows, int rowNumber) {
        return rows.stream().map(r -> r.asJsonObject()).filter(r -> r.getInt("row") == rowNumber).findFirst()
                .map(r -> r.getJsonArray("reasons").toString()).orElse("no row " + rowNumber);
    }


    /** 汇德's record of volunteer.demo when this run registered the person (the demo data's otherwise). */
    static long demoAtHuide;

    /**
     * volunteer.demo's record at 希望 with its login linked: the demo data's (which also registers the
     * person at 汇德), or, without it, one registered now at both operators with one fresh ID number.
     */
    long volunteerDemoAtHope() {
        HttpResponse<String> me = api.get("volunteers/me", volunteer);
        if (me.statusCode() == 200) {
            return json(me.body()).getJsonNumber("id").longValue();
        }
        assertEquals(404, me.statusCode(), me.body());
        String idNumber = Fixtures.freshIdNumber();
        long atHope = register(hope, idNumber, LAOJUNYING, "volunteer.demo", "张悦");
        demoAtHuide = register(huide, idNumber, WENMIAO, null, "张悦");
        return atHope;
    }

    /** The volunteer's row in the registry's list as {@code token} sees it, page by page (the test database keeps earlier runs'). */
    JsonObject listedIn(String token, long id) {
        for (int first = 0; ; first += 200) {
            JsonArray rows = json(ok(api.get("volunteers/registry?first=" + first + "&max=200", token))).getJsonArray("rows");
            for (var row : rows) {
                if (row.asJsonObject().getJsonNumber("id").longValue() == id) {
                    return row.asJsonObject();
                }
            }
            assertFalse(rows.isEmpty(), "volunteer " + id + " is in the registry's list");
        }
    }

    long register(String token, String idNumber, String street, String login, String name) {
        return json(ok(api.post("volunteers/registry", token, volunteerJson(idNumber, street, login, name)))).getJsonNumber("id").longValue();
    }

    static String volunteerJson(String idNumber, String street, String login, String name) {
        return "{\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13800000000\","
                + "\"affiliationKind\":\"UNIVERSITY\",\"affiliationName\":\"山西大学\",\"skills\":[\"助老\",\"摄影\"],"
                + "\"streetCode\":\"" + street + "\"" + (login == null ? "" : ",\"login\":\"" + login + "\"") + "}";
    }

    /** A shift from now + startMinutes to now + endMinutes. */
    long shift(String token, String street, int startMinutes, int endMinutes, int spots) {
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        return json(ok(api.post("volunteers/shifts", token, "{\"role\":\"助老探访\",\"streetCode\":\"" + street + "\",\"spots\":" + spots
                + ",\"startsAt\":\"" + now.plusMinutes(startMinutes) + "\",\"endsAt\":\"" + now.plusMinutes(endMinutes)
                + "\",\"graceMinutes\":10}"))).getJsonNumber("id").longValue();
    }

    /** Staff record the volunteer from 50 to 10 minutes ago, correct it to the given minutes and confirm. */
    void confirmAttendance(String token, long shift, long volunteerId, long minutes) {
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        JsonArray recorded = array(ok(api.post("volunteers/shifts/" + shift + "/attendance", token, "{\"volunteerIds\":[" + volunteerId
                + "],\"checkedInAt\":\"" + now.minusMinutes(50) + "\",\"checkedOutAt\":\"" + now.minusMinutes(10) + "\"}")));
        long attendance = recorded.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(40, recorded.getJsonObject(0).getJsonNumber("minutes").longValue());
        if (minutes != 40) {
            assertTrue(error(api.post("volunteers/hours/" + attendance + "/corrections", token, "{\"minutes\":" + minutes + "}"))
                    .startsWith("请填写更正原因"));
            ok(api.post("volunteers/hours/" + attendance + "/corrections", token, "{\"minutes\":" + minutes + ",\"reason\":\"按签到表更正\"}"));
            JsonArray corrections = array(ok(api.get("volunteers/hours/" + attendance + "/corrections", token)));
            assertEquals("按签到表更正", corrections.getJsonObject(0).getString("reason"));
            assertEquals(40, corrections.getJsonObject(0).getJsonNumber("fromMinutes").longValue());
            // who corrected it: the login as the id, and the person's name to show
            JsonObject me = json(ok(api.get("me", token)));
            assertEquals(me.getString("username"), corrections.getJsonObject(0).getString("correctedBy"));
            assertEquals(me.getString("displayName"), corrections.getJsonObject(0).getString("correctedByName"));
        }
        JsonObject confirmed = json(ok(api.post("volunteers/hours/" + attendance + "/confirm", token, "")));
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals(json(ok(api.get("me", token))).getString("displayName"), confirmed.getString("confirmedByName"));
        assertEquals(minutes, confirmed.getJsonNumber("minutes").longValue());
        assertEquals(400, api.post("volunteers/hours/" + attendance + "/confirm", token, "").statusCode(), "confirmed once");
    }

    long hoursAt(String operator) {
        JsonObject byOperator = json(ok(api.get("volunteers/me/hours", volunteer))).getJsonObject("minutesByOperator");
        return byOperator.containsKey(operator) ? byOperator.getJsonNumber(operator).longValue() : 0;
    }

    long balance(long volunteerId) {
        return json(ok(api.get("volunteers/registry/" + volunteerId + "/balance", hope))).getJsonNumber("minutes").longValue();
    }

    /** The operator's ledger sum, after checking every cached balance agrees with its ledger. */
    long ledgerSum(String token) {
        JsonObject check = json(ok(api.get("volunteers/ledger/sum", token)));
        assertEquals(0, check.getJsonArray("accountsOffTheLedger").size(), check.toString());
        return check.getJsonNumber("minutes").longValue();
    }

    String code(String token, long shift) {
        return json(ok(api.get("volunteers/shifts/" + shift + "/code", token))).getString("code");
    }

    /** The text of the QR code in a PNG, read as a phone's scanner would. */
    static String decodeQr(byte[] png) throws Exception {
        return org.shegong.modules.volunteers.QrReading.text(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
    }

    HttpResponse<String> checkIn(String code) {
        return api.post("volunteers/me/check-ins", volunteer, codeJson(code));
    }

    static String codeJson(String code) {
        return Json.createObjectBuilder().add("code", code).build().toString();
    }

    static <T> Callable<T> waitThen(CountDownLatch start, Callable<T> call) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            return call.call();
        };
    }

    /** How many volunteers the token's stations hold, as the registry counts them. */
    long registered(String token) {
        return json(ok(api.get("volunteers/registry?max=1", token))).getJsonNumber("total").longValue();
    }

    static String ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri() + " " + r.body());
        return r.body();
    }

    static String error(HttpResponse<String> r) {
        assertEquals(400, r.statusCode(), r.uri() + " " + r.body());
        return json(r.body()).getString("error");
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
