package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * /api/residents?q=} by name, exact ID number or phone, only within my stations — never another
 * station's or another tenant's residents.
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
