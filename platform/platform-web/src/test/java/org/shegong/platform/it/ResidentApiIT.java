package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * A phone registers and searches residents through the API: {@code POST /api/residents} with the
 * page's rules (bad input is a 4xx with the reason and writes nothing), {@code GET
 * /api/residents?q=} by name, exact ID number or whole phone number (listed masked), only within my
 * stations — never another station's or another tenant's residents.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void registeredThroughTheApiAndFoundByNameIdNumberAndPhoneOnlyWithinMyStations() {
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.worker");
        String run = Long.toString(System.nanoTime(), 36);
        String name = "接口登记" + run;
        String idNumber = Fixtures.freshIdNumber();
        String phone = "139" + String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));

        HttpResponse<String> created = api.post("residents", yingze, "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"" + phone + "\",\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE
                + "\",\"categories\":[\"ELDER\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject view = Keycloak.json(created.body());
        long id = view.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/residents/" + id),
                created.headers().toString());
        assertEquals(name, view.getString("name"));
        assertTrue(view.getString("idNumber").contains("*"), "the ID number leaves the server masked");
        assertEquals(idNumber.substring(6, 14), view.getString("birthDate").replace("-", ""), "birth date from the ID number");

        for (String q : List.of(name, run, idNumber, phone)) {
            assertEquals(List.of(id), ids(api.get("residents?q=" + encode(q), yingze)), "q=" + q);
        }
        // A list shows the phone masked, as the residents page does; the resident's own record has it whole. The
        // phone is found whole only, however it is written: a part of it finds no one.
        String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
        for (String q : List.of(phone, name)) {
            JsonArray listed = jakarta.json.Json.createReader(new java.io.StringReader(api.get("residents?q=" + encode(q), yingze).body()))
                    .readArray();
            assertEquals(maskedPhone, listed.getJsonObject(0).getString("phone"), "listed masked, q=" + q);
        }
        JsonArray all = jakarta.json.Json.createReader(new java.io.StringReader(api.get("residents?max=50", yingze).body())).readArray();
        assertTrue(!all.isEmpty() && all.stream().map(JsonValue::asJsonObject).allMatch(r -> !r.containsKey("phone") || r.isNull("phone")
                || r.getString("phone").isBlank() || r.getString("phone").contains("*")),
                "the list without a search masks every phone: " + all);
        assertEquals(phone, Keycloak.json(api.get("residents/" + id, yingze).body()).getString("phone"), "the record has it whole");
        assertEquals(List.of(id), ids(api.get("residents?q=" + encode(phone.substring(0, 3) + "-" + phone.substring(3, 7) + " "
                + phone.substring(7)), yingze)), "the whole number with separators");
        for (String part : List.of(phone.substring(0, 7), phone.substring(3), phone.substring(0, 10))) {
            assertEquals(List.of(), ids(api.get("residents?q=" + encode(part), yingze)), "a part of the phone: " + part);
        }
        assertEquals(List.of(), ids(api.get("residents?q=" + encode(name), Keycloak.accessToken("laojunying.worker"))),
                "another station of the same operator does not see the resident");
        assertEquals(List.of(), ids(api.get("residents?q=" + encode(idNumber), Keycloak.accessToken("wenmiao.worker"))),
                "another tenant does not see the resident");
        assertEquals(404, api.get("residents/" + id, Keycloak.accessToken("wenmiao.worker")).statusCode());

        HttpResponse<String> malformedId = api.get("residents?q=" + idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1"), yingze);
        assertEquals(400, malformedId.statusCode(), "an ID number with a wrong check digit is a reason, not an empty list");
        assertTrue(malformedId.body().contains("校验位"), malformedId.body());
    }

    @Test
    void badRegistrationsAreRefusedWithTheReasonAndWriteNothing() {
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.worker");
        String name = "接口坏数据" + Long.toString(System.nanoTime(), 36);
        String valid = Fixtures.freshIdNumber();
        String community = "\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE + "\"";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("", "请求体");
        bodies.put("{\"name\":", "JSON");
        bodies.put("{\"name\":123,\"idNumber\":[]," + community + "}", "应为文本");
        bodies.put("{" + community + "}", "姓名不能为空");
        bodies.put("{\"name\":\"" + name + "\"}", "社区");
        bodies.put("{\"name\":\"" + name + "\",\"idNumber\":\"" + valid.substring(0, 17) + (valid.endsWith("1") ? "2" : "1")
                + "\"," + community + "}", "校验位");
        bodies.put("{\"name\":\"" + name + "\",\"idNumber\":\"" + valid.substring(0, 17) + "\"," + community + "}", "18位");
        bodies.put("{\"name\":\"" + name + "\",\"phone\":\"打电话\"," + community + "}", "电话");
        bodies.put("{\"name\":\"" + name + "\",\"communityCode\":\"" + Fixtures.COMMUNITY_WENMIAO + "\"}", "不在您的社工站范围内");
        bodies.put("{\"name\":\"" + name + "\",\"communityCode\":\"999999999999\"}", "社区不存在");
        bodies.put("{\"name\":\"" + name + "\",\"gender\":\"UNKNOWN\"," + community + "}", "未知取值");
        bodies.put("{\"name\":\"" + "长".repeat(51) + "\"," + community + "}", "50");
        bodies.put("{\"name\":\"" + name + "\",\"birthDate\":\"2026-02-30\"," + community + "}", "不是有效日期");
        // A phone of letters, and a birth date to come (typed, or inside an ID number whose check digit is right), were saved.
        bodies.put("{\"name\":\"" + name + "\",\"phone\":\"abc\"," + community + "}", "电话格式不正确");
        String bornIn2030 = "14010620300512123";
        bodies.put("{\"name\":\"" + name + "\",\"idNumber\":\"" + bornIn2030
                + org.shegong.platform.domain.model.resident.IdNumber.checkCharFor(bornIn2030) + "\"," + community + "}",
                "出生日期 2030-05-12 不在 1900 年至今天之间");
        bodies.put("{\"name\":\"" + name + "\",\"birthDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2)
                + "\"," + community + "}", "不在 1900 年至今天之间");
        // A 1960-born person was imported as 儿童, a 40-year-old could be filed as an elder.
        bodies.put("{\"name\":\"" + name + "\",\"birthDate\":\"1960-03-01\",\"categories\":[\"DIBAO\",\"CHILD\"]," + community + "}",
                "出生日期 1960-03-01，已 " + Fixtures.ageToday(java.time.LocalDate.of(1960, 3, 1)) + " 岁：“儿童”只用于未满 18 周岁的人");
        bodies.put("{\"name\":\"" + name + "\",\"birthDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusYears(40)
                + "\",\"categories\":[\"ELDER\"]," + community + "}", "40 岁：“老年人”只用于 60 周岁及以上的人");
        List<String> wrong = new ArrayList<>();
        for (var body : bodies.entrySet()) {
            HttpResponse<String> r = api.post("residents", yingze, body.getKey());
            if (r.statusCode() != 400 || !r.body().contains(body.getValue())) {
                wrong.add(body.getKey() + " → " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(List.of(), wrong, "each bad body: 400 with its reason");
        assertEquals(List.of(), ids(api.get("residents?q=" + encode(name), yingze)), "nothing was written");
        assertEquals(List.of(), ids(api.get("residents?q=" + valid, yingze)), "nothing was written under the valid ID number");
        assertEquals(403, api.post("residents", Keycloak.accessToken("volunteer.demo"),
                "{\"name\":\"" + name + "\"," + community + "}").statusCode(), "a volunteer does not register residents");

        // A change is held to the same rules, and writes nothing when refused.
        HttpResponse<String> created = api.post("residents", yingze, "{\"name\":\"" + name + "\",\"phone\":\"13900000123\"," + community + "}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject resident = Keycloak.json(created.body());
        long id = resident.getJsonNumber("id").longValue();
        String change = "{\"version\":" + resident.getJsonNumber("version") + ",\"name\":\"" + name + "\",\"phone\":\"abc\"," + community + "}";
        HttpResponse<String> refused = api.put("residents/" + id, yingze, change);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("电话格式不正确"), refused.body());
        assertEquals("13900000123", Keycloak.json(api.get("residents/" + id, yingze).body()).getString("phone"), "the phone on record stays");

        // 儿童 filed without a birth date is taken at its word; an adult's ID number given later is checked against it.
        HttpResponse<String> child = api.put("residents/" + id, yingze, "{\"version\":" + resident.getJsonNumber("version") + ",\"name\":\""
                + name + "\",\"phone\":\"13900000123\",\"categories\":[\"CHILD\"]," + community + "}");
        assertEquals(200, child.statusCode(), child.body());
        HttpResponse<String> adult = api.put("residents/" + id, yingze, "{\"version\":" + Keycloak.json(child.body()).getJsonNumber("version")
                + ",\"name\":\"" + name + "\",\"idNumber\":\"" + Fixtures.freshIdNumber() + "\",\"phone\":\"13900000123\",\"categories\":[\"CHILD\"],"
                + community + "}");
        assertEquals(400, adult.statusCode(), adult.body());
        assertTrue(adult.body().contains("“儿童”只用于未满 18 周岁的人"), adult.body());
        JsonObject onFile = Keycloak.json(api.get("residents/" + id, yingze).body());
        assertTrue(!onFile.containsKey("birthDate") || onFile.isNull("birthDate"), "nothing written: " + onFile);
    }

    /**
     * The registration date (建档日期) in the JSON: left out of a POST it is today (Asia/Shanghai), given
     * it is kept; one that is no date, one to come or one before 2000 is a 400 with the reason, on POST
     * and PUT, and writes nothing; a PUT without it keeps the one on record.
     */
    @Test
    void theRegistrationDateIsTodayByDefaultAndABadOneIsRefused() {
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.worker");
        String name = "接口建档" + Long.toString(System.nanoTime(), 36);
        String community = "\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE + "\"";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        HttpResponse<String> plain = api.post("residents", yingze, "{\"name\":\"" + name + "\"," + community + "}");
        assertEquals(201, plain.statusCode(), plain.body());
        assertEquals(today.toString(), Keycloak.json(plain.body()).getString("registeredOn"), "left out: today");
        HttpResponse<String> dated = api.post("residents", yingze, "{\"name\":\"" + name + "\",\"registeredOn\":\"2021-09-30\","
                + community + "}");
        assertEquals(201, dated.statusCode(), dated.body());
        JsonObject resident = Keycloak.json(dated.body());
        long id = resident.getJsonNumber("id").longValue();
        assertEquals("2021-09-30", resident.getString("registeredOn"));

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("\"2021-02-30\"", "不是有效日期");
        bad.put("\"去年\"", "不是有效日期");
        bad.put("\"2021/9/30\"", "不是有效日期");
        bad.put("20210930", "registeredOn");
        bad.put("\"" + today.plusDays(1) + "\"", "建档日期 " + today.plusDays(1) + " 不在 2000-01-01 至今天之间");
        bad.put("\"1999-12-31\"", "建档日期 1999-12-31 不在 2000-01-01 至今天之间");
        List<String> wrong = new ArrayList<>();
        for (var date : bad.entrySet()) {
            HttpResponse<String> post = api.post("residents", yingze, "{\"name\":\"" + name + "坏\",\"registeredOn\":" + date.getKey()
                    + "," + community + "}");
            if (post.statusCode() != 400 || !post.body().contains(date.getValue())) {
                wrong.add("POST " + date.getKey() + " → " + post.statusCode() + " " + post.body());
            }
            HttpResponse<String> put = api.put("residents/" + id, yingze, "{\"version\":" + resident.getJsonNumber("version")
                    + ",\"name\":\"" + name + "改\",\"registeredOn\":" + date.getKey() + "," + community + "}");
            if (put.statusCode() != 400 || !put.body().contains(date.getValue())) {
                wrong.add("PUT " + date.getKey() + " → " + put.statusCode() + " " + put.body());
            }
        }
        assertEquals(List.of(), wrong, "each bad date: 400 with its reason");
        assertEquals(List.of(), ids(api.get("residents?q=" + encode(name + "坏"), yingze)), "nothing was registered");
        JsonObject onFile = Keycloak.json(api.get("residents/" + id, yingze).body());
        assertEquals("2021-09-30", onFile.getString("registeredOn"), "nothing was changed");
        assertEquals(name, onFile.getString("name"));

        HttpResponse<String> kept = api.put("residents/" + id, yingze, "{\"version\":" + onFile.getJsonNumber("version")
                + ",\"name\":\"" + name + "改\"," + community + "}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals("2021-09-30", Keycloak.json(kept.body()).getString("registeredOn"), "a PUT without it keeps it");
        HttpResponse<String> corrected = api.put("residents/" + id, yingze, "{\"version\":" + Keycloak.json(kept.body())
                .getJsonNumber("version") + ",\"name\":\"" + name + "改\",\"registeredOn\":\"2020-01-02\"," + community + "}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals("2020-01-02", Keycloak.json(corrected.body()).getString("registeredOn"));
    }

    /**
     * Every refusal answers {@code {error, key}}: the reason in the caller's Accept-Language only
     * (English when asked for, Chinese otherwise, never both), the key the same in each — a domain
     * refusal, a Bean Validation rule, the body gate's and a 404.
     */
    @Test
    void refusalsAreSaidInTheCallersLanguageWithTheirKey() {
        Api api = new Api(base);
        String yingze = Keycloak.accessToken("yingze.worker");
        String valid = Fixtures.freshIdNumber();
        String community = "\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE + "\"";
        String wrongCheckDigit = "{\"name\":\"语言" + Long.toString(System.nanoTime(), 36) + "\",\"idNumber\":\""
                + valid.substring(0, 17) + (valid.endsWith("1") ? "2" : "1") + "\"," + community + "}";

        JsonObject english = refusal(api.post("residents", yingze, wrongCheckDigit, "en-GB,en;q=0.9,zh;q=0.5"), 400);
        assertEquals("idNumber.refused.checkDigit", english.getString("key"));
        assertEquals("the ID number's check digit is wrong", english.getString("error"));
        JsonObject chinese = refusal(api.post("residents", yingze, wrongCheckDigit, "zh-CN,zh;q=0.9,en;q=0.5"), 400);
        assertEquals("idNumber.refused.checkDigit", chinese.getString("key"));
        assertEquals("身份证号校验位错误", chinese.getString("error"));
        assertEquals(chinese, refusal(api.post("residents", yingze, wrongCheckDigit), 400), "Chinese without Accept-Language");

        JsonObject noName = refusal(api.post("residents", yingze, "{" + community + "}", "en"), 400);
        assertEquals("resident.refused.nameRequired", noName.getString("key"));
        assertEquals("a resident needs a name", noName.getString("error"));

        JsonObject wrongType = refusal(api.post("residents", yingze, "{\"name\":123," + community + "}", "en"), 400);
        assertEquals("body.refused.wrongType", wrongType.getString("key"));
        assertEquals("name: must be text", wrongType.getString("error"));
        assertEquals("name：应为文本", refusal(api.post("residents", yingze, "{\"name\":123," + community + "}", "zh"), 400)
                .getString("error"));

        JsonObject missing = refusal(api.get("residents/999999999", yingze, "en"), 404);
        assertEquals("api.error.notFound", missing.getString("key"));
        assertEquals("not found", missing.getString("error"));
        assertEquals("未找到", refusal(api.get("residents/999999999", yingze, "zh-CN"), 404).getString("error"));
    }

    /** The error body of a refused call, after checking its status and that it is in one language. */
    private static JsonObject refusal(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = Keycloak.json(response.body());
        // a reason may name the caller's field first ("name：…"): that is the caller's word, not English
        String error = body.getString("error").replaceFirst("^[\\w.\\[\\]]+[：:]\\s*", "");
        boolean han = error.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean latinWords = error.matches("(?s).*[A-Za-z]{3,}.*") && !error.matches("(?s).*(yyyy|JSON|UTF).*");
        assertTrue(!(han && latinWords), "one language at a time: " + error);
        return body;
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonArray list = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
        return list.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
