package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.htmlunit.CollectingAlertHandler;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * Issue 10 against the shipped WAR, each test named after what an attacker tried: a body that
 * hung the server (2), a masked number rebuilt from what is shown beside it (3), script in a
 * resident's name (4), an ID token replayed on the API (5), an empty ID number that erased the
 * stored one (6), bad input that ended in a 500 (7), formulas in a CSV export (10), sign-out by a
 * link from another site (15), the password grant and brute force on the shipped realm (17).
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    Api api;
    String lead;

    @BeforeEach
    void client() {
        api = new Api(base);
        lead = Keycloak.accessToken("laojunying.lead");
    }

    /** Item 2: the six-byte body that pinned a request thread for ever, sent by eight callers at once. */
    @Test
    void bodiesCutShortInsideAnUnknownMemberAreRefusedAtOnceAndTheServerStaysUp() throws Exception {
        long residentId = residents(lead).getJsonObject(0).getJsonNumber("id").longValue();
        // HTTP/1.1 as phones send it, one connection per request (no h2c upgrade in between).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // One first, alone: it also warms the route up, so the timings below measure the refusal.
        HttpResponse<String> first = api.put("residents/" + residentId, lead, "{\"a\":{");
        assertEquals(400, first.statusCode(), first.body());
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> bodies = List.of("{\"a\":{", "{\"a\":{\"b\":[", "{\"a\":[{\"b\":{", "{\"version\":1,\"x\":{\"y\":{\"z\":");
        long started = System.nanoTime();
        for (String body : bodies) {
            for (String path : List.of("residents/" + residentId, "activities")) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(apiUrl(path)))
                        .header("Authorization", "Bearer " + lead).header("Content-Type", "application/json")
                        // A hung request never ends; a refused one ends at once, even on a busy machine.
                        .timeout(Duration.ofSeconds(20))
                        .method(path.equals("activities") ? "POST" : "PUT", HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("JSON"), response.body());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 10_000, "eight refusals took " + millis + " ms");
        long again = System.nanoTime();
        assertEquals(200, api.get("me", lead).statusCode());
        assertTrue((System.nanoTime() - again) / 1_000_000 < 1_000, "the server answers at once afterwards");
    }

    /**
     * Item 2, time-box: a body trickled a byte at a time (never finished) is cut off with 408 within
     * the server's read bound (20 s socket read timeout; before, 60 s and a 500), and the server
     * answers a normal request at once afterwards.
     */
    @Test
    void aBodyTrickledByteByByteIsCutOffWithinItsBudget() throws Exception {
        long residentId = residents(lead).getJsonObject(0).getJsonNumber("id").longValue();
        URI target = URI.create(apiUrl("residents/" + residentId));
        long started = System.nanoTime();
        String status;
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("PUT " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nAuthorization: Bearer " + lead + "\r\nContent-Type: application/json\r\nContent-Length: 100000"
                    + "\r\nConnection: close\r\n\r\n{\"name\":\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            java.io.InputStream in = socket.getInputStream();
            // One byte every 200 ms until the server answers (or 15 s pass: then the test fails below).
            while (in.available() == 0 && System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
                try {
                    out.write('a');
                    out.flush();
                } catch (java.io.IOException closedByServer) {
                    break;
                }
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200);
            }
            status = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertNotNull(status, "the server answered");
        assertTrue(status.contains(" 408"), status);
        // Liberty hands the body over only when its read completes: the socket read timeout
        // (httpOptions readTimeout: 20 s in production, 5 s on the test server; Liberty's default is 60 s)
        // is what bounds it; a run in production settings measured 408 at 20.8 s.
        assertTrue(millis < 15_000, "cut off after " + millis + " ms");
        long again = System.nanoTime();
        assertEquals(200, api.get("me", lead).statusCode());
        assertTrue((System.nanoTime() - again) / 1_000_000 < 1_000, "the server answers at once afterwards");
    }

    /** Item 3: everything the API shows of a resident leaves hundreds of numbers possible. */
    @Test
    void theApiViewOfAResidentCannotRebuildTheIdNumber() {
        int checked = 0;
        for (JsonValue value : residents(lead)) {
            JsonObject r = value.asJsonObject();
            // the API leaves out what a resident has not got (a resident registered without an ID number)
            if (List.of("idNumber", "birthDate", "gender").stream().anyMatch(k -> !r.containsKey(k) || r.isNull(k))) {
                continue;
            }
            String shown = r.getString("idNumber");
            String born = r.getString("birthDate").replace("-", "");
            boolean male = r.getString("gender").equals("MALE");
            // The strongest reader knows the county from the community; otherwise all 100 of the prefix.
            String county = r.getString("communityCode").substring(0, 6);
            List<String> counties = new ArrayList<>();
            if (matches(shown.substring(0, 6), county)) {
                counties.add(county);
            } else {
                for (int c = 0; c < 100; c++) {
                    counties.add(shown.substring(0, 4) + String.format("%02d", c));
                }
            }
            int candidates = 0;
            for (String prefix : counties) {
                for (int sequence = 0; sequence < 1000; sequence++) {
                    String first17 = prefix + born + String.format("%03d", sequence);
                    String candidate = first17 + checkChar(first17);
                    if (((first17.charAt(16) - '0') % 2 == 1) == male && matches(shown, candidate)) {
                        candidates++;
                    }
                }
            }
            assertTrue(candidates >= 100, shown + " born " + born + " in " + county + " leaves " + candidates + " candidates");
            checked++;
        }
        assertTrue(checked > 0, "residents with an ID number were checked");
    }

    /** Item 4: a resident whose name and address are script is shown as text, and clicking 删除 runs nothing. */
    @Test
    void aHostileNameIsShownAsTextOnEveryPageAndThePagesCarryAContentSecurityPolicy() throws Exception {
        String hostile = "'+alert(1)+'<img src=x onerror=alert(2)>";
        JsonObject r = residents(lead).getJsonObject(1);
        long id = r.getJsonNumber("id").longValue();
        rename(r, hostile, "\"><script>alert(3)</script>");
        List<String> alerts = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.client().setAlertHandler(new CollectingAlertHandler(alerts));
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            String policy = page.getWebResponse().getResponseHeaderValue("Content-Security-Policy");
            assertNotNull(policy, "a Content-Security-Policy header");
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'")
                    && policy.contains("frame-ancestors 'self'"), policy);
            page = searchByName(page, "alert(1)");
            assertTrue(page.asNormalizedText().contains(hostile), page.asNormalizedText());
            page = click(page, "residentsForm:residents:0:remove");
            assertEquals(hostile, page.getElementById("removeForm:removeName").getTextContent(), "the dialog shows the name as text");
            page = click(page, "removeForm:cancelRemove");

            page = (HtmlPage) browser.open(new URL(base, "station/resident.xhtml?id=" + id));
            assertTrue(page.asNormalizedText().contains(hostile), page.asNormalizedText());
            assertTrue(page.asNormalizedText().contains("\"><script>alert(3)</script>"), "the address as text");
            // HtmlUnit cannot parse Chart.js (class syntax) on the elder page; the text and the alerts are what count here.
            browser.client().getOptions().setThrowExceptionOnScriptError(false);
            page = (HtmlPage) browser.open(new URL(base, "eldercare/elder.xhtml?residentId=" + id));
            assertTrue(page.asNormalizedText().contains(hostile), page.asNormalizedText());
        }
        assertEquals(List.of(), alerts, "no script of the name ran");
        assertFalse(api.get("residents/" + id, lead).body().isEmpty());
    }

    /** Item 10: a name that is a spreadsheet formula is exported as text. */
    @Test
    void aCsvExportNeutralisesFormulas() throws Exception {
        JsonObject r = residents(lead).getJsonObject(2);
        rename(r, "=HYPERLINK(\"http://evil.example\",\"点我\")", "+SUM(1,2)");
        try (Browser browser = new Browser()) {
            HtmlPage page = (HtmlPage) browser.signIn(new URL(base, "station/residents.xhtml"), "laojunying.lead", Keycloak.PASSWORD);
            page = searchByName(page, "HYPERLINK");
            Page csv = ((HtmlElement) page.getElementById("residentsForm:exportCsv")).click();
            String text = csv.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
            assertTrue(text.contains("\"'=HYPERLINK("), text);
            assertFalse(text.contains("\"=HYPERLINK("), text);
        }
    }

    /** Item 5: the ID token the portal puts into the sign-out URL is refused by the API; the access token is not. */
    @Test
    void anIdTokenFromTheSignOutUrlDoesNotOpenTheApi() throws Exception {
        String idToken;
        try (Browser browser = new Browser()) {
            browser.signIn(new URL(base, "station/home.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            browser.client().getOptions().setRedirectEnabled(false);
            Page out = browser.client().getPage(new WebRequest(new URL(base, "logout"), HttpMethod.POST));
            String location = out.getWebResponse().getResponseHeaderValue("Location");
            assertNotNull(location, "sign-out redirects to Keycloak");
            idToken = URLDecoder.decode(location.replaceAll(".*[?&]id_token_hint=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        }
        JsonObject claims = Keycloak.json(new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals("ID", claims.getString("typ"), "it is an ID token");
        assertTrue(claims.toString().contains("\"portal\""), "and it names the portal as audience: " + claims);
        HttpResponse<String> replayed = api.get("me", idToken);
        assertEquals(401, replayed.statusCode(), replayed.body());
        assertEquals(401, api.get("residents", idToken).statusCode());
        assertEquals(200, api.get("me", Keycloak.accessToken("laojunying.worker")).statusCode(), "an access token passes");
    }

    /** Item 6: an empty or absent ID number in a change keeps the stored one. */
    @Test
    void anEmptyOrAbsentIdNumberInAChangeKeepsTheStoredOne() {
        // Rows 0–3 are used by the other tests of this class.
        JsonObject r = residents(lead).stream().skip(4).map(JsonValue::asJsonObject).filter(x -> !x.isNull("idNumber"))
                .findFirst().orElseThrow();
        long id = r.getJsonNumber("id").longValue();
        for (String idNumber : List.of(",\"idNumber\":\"\"", ",\"idNumber\":null", ",\"idNumber\":\"  \"", "")) {
            JsonObject now = Keycloak.json(api.get("residents/" + id, lead).body());
            HttpResponse<String> changed = api.put("residents/" + id, lead, "{\"version\":" + now.getJsonNumber("version")
                    + ",\"name\":\"" + now.getString("name") + "\",\"communityCode\":\"" + now.getString("communityCode") + "\""
                    + idNumber + "}");
            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject after = Keycloak.json(api.get("residents/" + id, lead).body());
            assertFalse(after.isNull("idNumber"), "kept after " + idNumber + ": " + after);
            assertEquals(r.getString("idNumber"), after.getString("idNumber"));
        }
    }

    /** Item 7: bad input that used to end in a 500 gets a 4xx with its reason; emoji are kept as written. */
    @Test
    void badInputOnTheResidentRouteGetsItsReasonAndEmojiAreKept() throws Exception {
        JsonObject r = residents(lead).getJsonObject(3);
        long id = r.getJsonNumber("id").longValue();
        String head = "{\"version\":" + r.getJsonNumber("version") + ",\"communityCode\":\"" + r.getString("communityCode") + "\",";
        Map<String, String> bad = Map.of(
                "categories [null]", head + "\"name\":\"甲\",\"categories\":[null]}",
                "name true", head + "\"name\":true}",
                "name 1.5", head + "\"name\":1.5}",
                "name with NUL", head + "\"name\":\"甲\\u0000乙\"}",
                "name with RTL override", head + "\"name\":\"\\u202e甲乙\"}",
                "name with zero-width space", head + "\"name\":\"甲\\u200b乙\"}",
                "phone with a control character", head + "\"name\":\"甲\",\"phone\":\"139\\u0007\"}");
        for (var body : bad.entrySet()) {
            HttpResponse<String> answer = api.put("residents/" + id, lead, body.getValue());
            assertEquals(400, answer.statusCode(), body.getKey() + ": " + answer.body());
            assertFalse(Keycloak.json(answer.body()).getString("error").isBlank(), body.getKey());
        }
        byte[] gbk = (head + "\"name\":\"国标码\"}").getBytes(Charset.forName("GBK"));
        HttpResponse<String> declaredGbk = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(apiUrl("residents/" + id)))
                .header("Authorization", "Bearer " + lead).header("Content-Type", "application/json; charset=GBK")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(gbk)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, declaredGbk.statusCode(), declaredGbk.body());
        HttpResponse<String> undeclaredGbk = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(apiUrl("residents/" + id)))
                .header("Authorization", "Bearer " + lead).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(gbk)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, undeclaredGbk.statusCode(), "GBK bytes read as UTF-8 are refused, not stored as U+FFFD: " + undeclaredGbk.body());
        assertEquals(r.getString("name"), Keycloak.json(api.get("residents/" + id, lead).body()).getString("name"), "nothing written");

        HttpResponse<String> emoji = api.put("residents/" + id, lead, head + "\"name\":\"王奶奶🌸\"}");
        assertEquals(200, emoji.statusCode(), emoji.body());
        assertEquals("王奶奶🌸", Keycloak.json(api.get("residents/" + id, lead).body()).getString("name"));

        try (Browser browser = new Browser()) {
            Page unknown = browser.signIn(new URL(base, "eldercare/elder.xhtml?residentId=999999999"), "laojunying.lead", Keycloak.PASSWORD);
            assertEquals(404, unknown.getWebResponse().getStatusCode());
            assertTrue(unknown.getWebResponse().getContentAsString().contains("未找到"), unknown.getWebResponse().getContentAsString());
        }
    }

    /**
     * A page state Faces cannot read (a state parameter added to an address by hand, or a forged or cut-short
     * one posted back) opens the page afresh, as an expired page does: it was a 500 with the error page.
     */
    @Test
    void aPageStateThatCannotBeReadOpensThePageAfreshNotAServerError() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI page = new URL(base, "public/stations.xhtml").toURI();
        List<HttpRequest> tries = List.of(
                HttpRequest.newBuilder(URI.create(page + "?jakarta.faces.ViewState=x")).GET().build(),
                HttpRequest.newBuilder(URI.create(page + "?jakarta.faces.ViewState=")).GET().build(),
                HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=%25%25%25")).build());
        for (HttpRequest request : tries) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), request.uri() + ": " + answer.body());
            String to = answer.headers().firstValue("Location").orElseThrow();
            assertTrue(to.endsWith("/public/stations.xhtml?expired"), to);
            HttpResponse<String> reopened = http.send(HttpRequest.newBuilder(page.resolve(to)).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reopened.statusCode());
            assertFalse(reopened.body().contains("出错了"), reopened.body());
        }
    }

    /** Item 15: a GET of /logout (a link or image on another site) signs nobody out. */
    @Test
    void signingOutTakesAPost() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(new URL(base, "station/home.xhtml"), "laojunying.worker", Keycloak.PASSWORD);
            Page get = browser.open(new URL(base, "logout"));
            assertEquals(405, get.getWebResponse().getStatusCode());
            Page home = browser.open(new URL(base, "station/home.xhtml"));
            assertFalse(Browser.isLoginForm(home), "still signed in");
            assertEquals(200, home.getWebResponse().getStatusCode());
        }
    }

    /** Item 17: the portal client has no password grant, and the realm locks out password guessing. */
    @Test
    void theShippedRealmHasNoPasswordGrantOnThePortalAndBruteForceProtection() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password", "client_id", "portal",
                        "client_secret", "portal-demo-secret", "username", "laojunying.worker", "password", Keycloak.PASSWORD)));
        assertTrue(refused.getMessage().contains("unauthorized_client"), refused.getMessage());
        JsonObject realm = Keycloak.json(Keycloak.adminGet("/realms/shegong"));
        assertTrue(realm.getBoolean("bruteForceProtected"), "brute-force protection on");
    }

    private void rename(JsonObject r, String name, String address) {
        JsonObject now = Keycloak.json(api.get("residents/" + r.getJsonNumber("id"), lead).body());
        HttpResponse<String> renamed = api.put("residents/" + r.getJsonNumber("id"), lead, jakarta.json.Json.createObjectBuilder()
                .add("version", now.getJsonNumber("version")).add("name", name).add("address", address)
                .add("communityCode", now.getString("communityCode")).build().toString());
        assertEquals(200, renamed.statusCode(), renamed.body());
    }

    private JsonArray residents(String token) {
        return Keycloak.json("{\"l\":" + api.get("residents?max=50", token).body() + "}").getJsonArray("l");
    }

    private String apiUrl(String path) {
        return base.toExternalForm().replaceAll("/$", "") + "/api/" + path;
    }

    private static HtmlPage searchByName(HtmlPage page, String name) throws Exception {
        ((HtmlInput) page.getElementById("residentsForm:searchName")).setValue(name);
        return click(page, "residentsForm:doSearch");
    }

    private static HtmlPage click(HtmlPage page, String id) throws Exception {
        HtmlElement element = (HtmlElement) page.getElementById(id);
        assertNotNull(element, id + " on " + page.getUrl());
        element.click();
        page.getWebClient().waitForBackgroundJavaScript(5_000);
        return (HtmlPage) page.getWebClient().getCurrentWindow().getEnclosedPage();
    }

    private static boolean matches(String shown, String candidate) {
        if (shown.length() != candidate.length()) {
            return false;
        }
        for (int i = 0; i < shown.length(); i++) {
            if (shown.charAt(i) != '*' && shown.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char checkChar(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
