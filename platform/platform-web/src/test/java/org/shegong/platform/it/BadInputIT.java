package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * Issue 10, the closing check: every POST and PUT route of the API (platform and elder care) gets
 * malformed and truncated JSON, unknown nested objects, wrong types, missing fields, a 10 MB body,
 * 100,000-character strings, control and invisible characters, negative and 2^63 numbers,
 * impossible dates and ids 0, -1, 2^63. Every answer is a 4xx with a reason, none a 5xx, nothing is
 * written, and the server answers a normal request within a second afterwards. Data-driven: each
 * route is described once by a valid body; the bad ones are derived from it field by field.
 * (Emoji are text people write and are kept; {@code HardeningIT} checks they come back intact.)
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    /** Today at the stations, asked at each use: a value kept from class loading goes stale when a run crosses midnight in Shanghai (16:00 UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    static final String TWO_TO_THE_63 = "9223372036854775808";
    /** Bodies with fields left out: a PUT may keep what is recorded, a POST must refuse. */
    static final String MISSING = "fields missing: ";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    /** A route: method, path with {@code {id}} where an id goes, the valid id, and a valid body. */
    record Route(String method, String path, long id, String validBody) {
        String at(String id) {
            return path.replace("{id}", id);
        }
    }

    @Test
    void everyPostAndPutRouteRefusesEveryKindOfBadInputWithAReasonAndWritesNothing() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        JsonObject resident = Fixtures.elders(api, worker, 1).get(0); // elder care takes residents of 60 or over
        long residentId = resident.getJsonNumber("id").longValue();
        // Elder care needs a profile before plans, visits and readings; a high reading opens a follow-up to close.
        assertEquals(200, api.put("eldercare/elders/" + residentId, worker, profile()).statusCode());
        HttpResponse<String> high = api.post("eldercare/elders/" + residentId + "/readings", worker,
                "{\"measure\":\"BLOOD_PRESSURE\",\"value\":182,\"secondValue\":104}");
        assertEquals(200, high.statusCode(), high.body());
        JsonObject opened = Keycloak.json(high.body());
        long followUp = opened.isNull("followUpId") ? firstOpenFollowUp(api, worker) : opened.getJsonNumber("followUpId").longValue();

        long version = Keycloak.json(api.get("residents/" + residentId, worker).body()).getJsonNumber("version").longValue();
        List<Route> routes = List.of(
                new Route("PUT", "residents/{id}", residentId, "{\"version\":" + version + ",\"name\":\""
                        + resident.getString("name") + "\",\"phone\":\"13900000077\",\"communityCode\":\""
                        + resident.getString("communityCode") + "\",\"address\":\"坏输入测试地址\",\"categories\":[\"ELDER\"]}"),
                new Route("POST", "activities", 0, "{\"title\":\"坏输入测试活动\",\"type\":\"GROUP_ACTIVITY\",\"heldOn\":\"" + today()
                        + "\",\"stationStreet\":\"140106005000\",\"place\":\"活动室\"}"),
                new Route("PUT", "eldercare/elders/{id}", residentId, profile()),
                new Route("POST", "eldercare/elders/{id}/plans", residentId, "{\"startsOn\":\"" + today() + "\",\"reviewOn\":\""
                        + today().plusMonths(6) + "\",\"needs\":\"独居\",\"goals\":\"每两周上门\",\"everyDays\":{\"HOME_VISIT\":14},"
                        + "\"responsibleWorker\":\"laojunying.worker\"}"),
                new Route("POST", "eldercare/elders/{id}/visits", residentId, "{\"visitedOn\":\"" + today()
                        + "\",\"kind\":\"HOME_VISIT\",\"notes\":\"精神好\",\"needsObserved\":\"助餐\",\"nextAction\":\"电话随访\"}"),
                new Route("POST", "eldercare/elders/{id}/readings", residentId,
                        // a moment already past whenever the test runs (09:30 was still ahead before 09:30 Beijing time)
                        "{\"measure\":\"BLOOD_PRESSURE\",\"value\":126,\"secondValue\":80,\"measuredAt\":\"" + today() + "T00:05:00\"}"),
                new Route("POST", "eldercare/follow-ups/{id}/close", followUp, "{\"note\":\"已复测\"}"));

        Supplier<String> state = () -> String.join("\n", api.get("residents/" + residentId, worker).body(),
                api.get("eldercare/elders/" + residentId, worker).body(),
                api.get("eldercare/elders/" + residentId + "/plans", worker).body(),
                api.get("eldercare/elders/" + residentId + "/visits", worker).body(),
                api.get("eldercare/elders/" + residentId + "/readings", worker).body(),
                api.get("eldercare/follow-ups", worker).body(),
                String.valueOf(activitiesTitled(api, worker, "坏输入")));
        String before = state.get();

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Route route : routes) {
            Map<String, String> bodies = badBodies(route.validBody());
            for (var bad : bodies.entrySet()) {
                HttpResponse<String> answer = send(route.method(), api, route.at(String.valueOf(route.id())), worker, bad.getValue());
                sent++;
                check(route.method() + " " + route.path() + " " + bad.getKey(), answer, wrong);
            }
            for (String id : List.of("0", "-1", TWO_TO_THE_63, "9223372036854775807")) {
                if (!route.path().contains("{id}")) {
                    continue;
                }
                HttpResponse<String> answer = send(route.method(), api, route.at(id), worker, route.validBody());
                sent++;
                check(route.method() + " " + route.path() + " id " + id, answer, wrong);
            }
            HttpResponse<String> huge = sendBytes(route.method(), route.at(String.valueOf(route.id())), worker,
                    tenMegabytes(route.validBody()));
            sent++;
            check(route.method() + " " + route.path() + " 10 MB", huge, wrong);
            long started = System.nanoTime();
            assertEquals(200, api.get("me", worker).statusCode());
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 1_000) {
                wrong.add("after " + route.path() + " the server took " + millis + " ms for GET /api/me");
            }
        }
        // Ids of activities for the one route that takes no body.
        for (String id : List.of("0", "-1", TWO_TO_THE_63, "9223372036854775807")) {
            sent++;
            check("POST activities/{id}/done id " + id, api.post("activities/" + id + "/done", worker, ""), wrong);
        }
        assertEquals(List.of(), wrong, sent + " bad requests sent");
        assertTrue(sent > 300, "the data drives many cases: " + sent);
        assertEquals(before, state.get(), "nothing was written by any bad request");

        // The valid bodies work: the bad ones were refused for what is wrong with them, not for the route.
        for (Route route : routes) {
            HttpResponse<String> fine = send(route.method(), api, route.at(String.valueOf(route.id())), worker, route.validBody());
            assertEquals(200, fine.statusCode(), route.path() + " " + fine.body());
        }

        // A state the domain refuses is bad input too, with its reason: an activity planned for next
        // week cannot be marked done today (it was a 500).
        HttpResponse<String> planned = api.post("activities", worker, "{\"title\":\"下周的活动\",\"type\":\"GROUP_ACTIVITY\",\"heldOn\":\""
                + today().plusDays(7) + "\",\"stationStreet\":\"140106005000\",\"place\":\"活动室\"}");
        assertEquals(200, planned.statusCode(), planned.body());
        long id = Json.createReader(new StringReader(planned.body())).readObject().getJsonNumber("id").longValue();
        HttpResponse<String> early = api.post("activities/" + id + "/done", worker, "");
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().contains("activity.refused.future-done"), early.body());
    }

    /**
     * A title or place longer than its column but well inside the body gate's string limit: refused with
     * the limit as the reason (a title reached the database and failed there; a place was silently dropped), nothing
     * written; at the limit both are kept.
     */
    @Test
    void anActivityTitleOrPlaceOverItsLimitIsRefusedWithTheLimit() {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String prefix = "超长" + System.nanoTime() % 100_000;
        String valid = "{\"title\":\"" + prefix + "\",\"type\":\"GROUP_ACTIVITY\",\"heldOn\":\"" + today()
                + "\",\"stationStreet\":\"140106005000\",\"place\":\"活动室\"}";
        HttpResponse<String> title = api.post("activities", worker, valid.replace(prefix, prefix + "长".repeat(200)));
        assertEquals(400, title.statusCode(), cut(title.body()));
        assertTrue(title.body().contains("activity.refused.titleLength") && title.body().contains("活动名称最多 200 字"), cut(title.body()));
        HttpResponse<String> place = api.post("activities", worker, valid.replace("活动室", "地".repeat(201)));
        assertEquals(400, place.statusCode(), cut(place.body()));
        assertTrue(place.body().contains("activity.refused.placeLength"), cut(place.body()));
        assertEquals(0, activitiesTitled(api, worker, prefix), "nothing written");

        String atTheLimit = prefix + "长".repeat(200 - prefix.length());
        HttpResponse<String> kept = api.post("activities", worker, valid.replace(prefix, atTheLimit).replace("活动室", "地".repeat(200)));
        assertEquals(200, kept.statusCode(), cut(kept.body()));
        JsonObject planned = Json.createReader(new StringReader(kept.body())).readObject();
        assertEquals(atTheLimit, planned.getString("title"));
        assertEquals("地".repeat(200), planned.getString("place"), "the place is kept (it was dropped before)");
    }

    /** Derived from a valid body: every kind of bad input the issue lists, by name. */
    static Map<String, String> badBodies(String valid) {
        Map<String, String> bodies = new LinkedHashMap<>();
        JsonObject object = Json.createReader(new StringReader(valid)).readObject();
        bodies.put("malformed", "{\"title\": 不是JSON");
        bodies.put("not json at all", "not json");
        bodies.put(MISSING + "every field (empty object)", "{}");
        bodies.put("array instead of object", "[" + valid + "]");
        bodies.put("truncated", valid.substring(0, valid.length() / 2));
        bodies.put("truncated unknown nested {\"a\":{", "{\"a\":{");
        bodies.put("truncated unknown nested deep", "{\"zz\":{\"y\":[{\"x\":{");
        bodies.put("truncated after a valid start", valid.substring(0, valid.length() - 1) + ",\"zz\":{\"y\":{");
        bodies.put("unknown nested object", with(object, "zz", Json.createObjectBuilder().add("y", 1).build()));
        for (var field : object.entrySet()) {
            String name = field.getKey();
            JsonValue value = field.getValue();
            bodies.put(name + " = true", with(object, name, JsonValue.TRUE));
            bodies.put(name + " = object", with(object, name, Json.createObjectBuilder().add("a", 1).build()));
            bodies.put(name + " = [null]", with(object, name, Json.createArrayBuilder().addNull().build()));
            if (object.size() > 1) {
                bodies.put(MISSING + "all but " + name, with(Json.createObjectBuilder().build(), name, value));
            }
            switch (value.getValueType()) {
                case STRING -> {
                    String text = ((jakarta.json.JsonString) value).getString();
                    bodies.put(name + " = 1.5", with(object, name, Json.createValue(1.5)));
                    bodies.put(name + " 100,000 characters", with(object, name, Json.createValue("长".repeat(100_000))));
                    bodies.put(name + " with NUL", with(object, name, Json.createValue(text + "\u0000")));
                    bodies.put(name + " with RTL override", with(object, name, Json.createValue("\u202e" + text)));
                    bodies.put(name + " with zero-width space", with(object, name, Json.createValue(text + "\u200b")));
                    // Escaped in the JSON text: a raw lone surrogate would already be replaced by the client's UTF-8 encoder.
                    bodies.put(name + " with a lone surrogate", with(object, name, Json.createValue(text + "LONE-SURROGATE"))
                            .replace("LONE-SURROGATE", "\\ud800"));
                    if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                        bodies.put(name + " = 2026-02-30", with(object, name, Json.createValue("2026-02-30" + text.substring(10))));
                        bodies.put(name + " year +999999999", with(object, name, Json.createValue("+999999999" + text.substring(4))));
                        bodies.put(name + " year -999999999", with(object, name, Json.createValue("-999999999" + text.substring(4))));
                        bodies.put(name + " = 0001-01-01", with(object, name, Json.createValue("0001-01-01" + text.substring(10))));
                        bodies.put(name + " = 9999-12-31", with(object, name, Json.createValue("9999-12-31" + text.substring(10))));
                    }
                }
                case NUMBER -> {
                    bodies.put(name + " = \"文本\"", with(object, name, Json.createValue("文本")));
                    bodies.put(name + " = -1", with(object, name, Json.createValue(-1)));
                    bodies.put(name + " = -999999999999", with(object, name, Json.createValue(-999_999_999_999L)));
                    bodies.put(name + " = 2^63", with(object, name, Json.createValue(new java.math.BigInteger(TWO_TO_THE_63))));
                }
                case OBJECT -> {
                    bodies.put(name + " = \"文本\"", with(object, name, Json.createValue("文本")));
                    for (var member : value.asJsonObject().entrySet()) {
                        JsonObject inner = value.asJsonObject();
                        bodies.put(name + "." + member.getKey() + " = -1",
                                with(object, name, replaced(inner, member.getKey(), Json.createValue(-1))));
                        bodies.put(name + "." + member.getKey() + " = 2^63",
                                with(object, name, replaced(inner, member.getKey(), Json.createValue(new java.math.BigInteger(TWO_TO_THE_63)))));
                        bodies.put(name + "." + member.getKey() + " = null", with(object, name, replaced(inner, member.getKey(), JsonValue.NULL)));
                    }
                    bodies.put(name + " unknown key", with(object, name, replaced(value.asJsonObject(), "NO_SUCH_KEY", Json.createValue(1))));
                }
                case ARRAY -> {
                    bodies.put(name + " = \"文本\"", with(object, name, Json.createValue("文本")));
                    bodies.put(name + " unknown element", with(object, name, Json.createArrayBuilder().add("NO_SUCH").build()));
                }
                default -> {
                }
            }
        }
        return bodies;
    }

    /**
     * A bad request is answered with a 4xx and a reason. A body that is not bad after all (a
     * missing optional field) would be a write, which the state comparison then catches.
     */
    private static void check(String what, HttpResponse<String> answer, List<String> wrong) {
        int status = answer.statusCode();
        if (status == 200 && what.contains(MISSING) && what.startsWith("PUT")) {
            // A change that leaves fields out keeps them; whether it wrote anything the state comparison says.
            return;
        }
        if (status < 400 || status >= 500) {
            wrong.add(what + " → " + status + " " + cut(answer.body()));
            return;
        }
        String body = answer.body() == null ? "" : answer.body().strip();
        String reason = "";
        if (body.startsWith("{")) {
            try {
                reason = Keycloak.json(body).getString("error", "");
            } catch (RuntimeException notJson) {
                reason = "";
            }
        }
        if (reason.isBlank()) {
            wrong.add(what + " → " + status + " without a reason: " + cut(body));
        }
    }

    private static HttpResponse<String> send(String method, Api api, String path, String token, String body) {
        return "PUT".equals(method) ? api.put(path, token, body) : api.post(path, token, body);
    }

    private HttpResponse<String> sendBytes(String method, String path, String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/api/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                // The length is declared and the server may refuse before the upload starts, as a
                // careful client lets it; the refusal must come from the length alone.
                .expectContinue(true)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] tenMegabytes(String valid) {
        String padding = "填".repeat(10 * 1024 * 1024 / 3);
        return (valid.substring(0, valid.length() - 1) + ",\"zz\":\"" + padding + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String with(JsonObject object, String name, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        builder.add(name, value);
        return builder.build().toString();
    }

    private static JsonObject replaced(JsonObject object, String name, JsonValue value) {
        return Json.createObjectBuilder(object).add(name, value).build();
    }

    static String profile() {
        return "{\"livingSituation\":\"ALONE\",\"chronicConditions\":\"高血压\",\"emergencyContacts\":\"儿子 13900000001\","
                + "\"familyDoctor\":\"社区卫生站\",\"barthel\":{\"FEEDING\":10,\"BATHING\":5,\"GROOMING\":5,\"DRESSING\":10,"
                + "\"BOWELS\":10,\"BLADDER\":10,\"TOILET_USE\":10,\"TRANSFERS\":15,\"MOBILITY\":10,\"STAIRS\":5},"
                + "\"barthelAssessedOn\":\"" + today() + "\"}";
    }

    private static long firstOpenFollowUp(Api api, String token) {
        JsonArray open = Keycloak.json("{\"l\":" + api.get("eldercare/follow-ups", token).body() + "}").getJsonArray("l");
        assertFalse(open.isEmpty(), "an open follow-up to close");
        return open.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long activitiesTitled(Api api, String token, String prefix) {
        JsonArray list = Keycloak.json("{\"l\":" + api.get("activities?max=500", token).body() + "}").getJsonArray("l");
        return list.stream().filter(a -> a.asJsonObject().getString("title").startsWith(prefix)).count();
    }

    private static String cut(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
