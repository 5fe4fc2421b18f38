package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.platform.it.RecordAddressIT.NOT_FOUND_PAGE;
import static org.shegong.platform.it.RecordAddressIT.child;
import static org.shegong.platform.it.RecordAddressIT.describe;
import static org.shegong.platform.it.RecordAddressIT.id;
import static org.shegong.platform.it.RecordAddressIT.json;
import static org.shegong.platform.it.RecordAddressIT.ok;
import static org.shegong.platform.it.RecordAddressIT.stackTrace;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * The other parameters of page addresses — those that are not a record's id, which {@link RecordAddressIT} asks
 * about. Each page is asked, signed in as the person it is for, with each of {@link #BAD} (and, where it names a
 * place or a record, another operator's), and answers by the one rule (docs/ARCHITECTURE.md, "Hardening at the
 * edges", page addresses):
 * <ul>
 *   <li>a parameter that names a record or a place (a contract, a volunteer, a region, a check-in code, a
 *       certificate's token) and names none the person may see is a 404 — the portal's page, or the public
 *       certificate check's own "not found";</li>
 *   <li>a parameter that only picks a view (a tab, a kind of visit, a read's purpose, a period, an export format)
 *       with a value the page does not know is the page's default view, drawn whole; the dashboard's period, which
 *       people type into the page's own picker, also says why it was not taken (400, as the API).</li>
 * </ul>
 * Never a 5xx, a stack trace, a converter's text, a value echoed as markup, or a NUL in the page. A child's file
 * opened with a purpose the product does not offer records the read all the same, with a purpose it knows.
 */
@ExtendWith(ArquillianExtension.class)
class PageParameterIT {

    static final String LAOJUNYING = "140106005000";
    static final String WENMIAO = "140106003000";
    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    /** What an address may carry in any parameter's place: an unknown word, empty, NUL, very long, markup, full-width digits. */
    static final List<String> BAD = List.of("abc", "", "\0", "x".repeat(3000), "<script>alert(1)</script>", "１２");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void theChildFileShowsItsFirstTabForAnUnknownTabAndRecordsEveryReadWithAPurposeItKnows() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String leadToken = Keycloak.accessToken("laojunying.lead");
        long[] child = child(api, worker);
        String name = json(ok(api.get("childprotection/children/" + child[1], worker))).getString("name");
        long caseId = id(ok(api.post("childprotection/children/" + child[1] + "/cases", worker, "{\"source\":\"HOTLINE\",\"risk\":\"LOW\"}")));

        Answers answers = new Answers();
        PageSession own = signedIn("laojunying.worker");
        String file = "childprotection/child.xhtml?id=" + child[1];
        // The tab the address names, when there is one: the assertion below can tell tabs apart.
        answers.expect(own, file + "&tab=3", "the case tab", a -> a.statusCode() == 200 && a.body().contains(name) && activeTab(a.body(), 3));
        int workerReads = 1;
        for (String tab : with(BAD, "9", "-1", "3.5")) {
            answers.expect(own, file + "&tab=" + enc(tab), "the file on its first tab",
                    a -> a.statusCode() == 200 && a.body().contains("id=\"childName\"") && a.body().contains(name) && activeTab(a.body(), 0)
                            && !errorMessage(a.body()));
            workerReads++;
        }
        // The assigned worker reads as 经办 whatever the address says; no purpose a person cannot choose is recorded.
        for (String purpose : with(BAD, "GRANTED", "casework")) {
            answers.expect(own, file + "&purpose=" + enc(purpose), "the file, read as 经办",
                    a -> a.statusCode() == 200 && a.body().contains(name) && !errorMessage(a.body()));
            workerReads++;
        }
        // The lead is not assigned: any purpose it may not give is no purpose — the chooser, nothing of the child read.
        PageSession lead = signedIn("laojunying.lead");
        for (String purpose : with(BAD, "GRANTED", "CASEWORK", "supervision")) {
            answers.expect(lead, file + "&purpose=" + enc(purpose), "the purpose chooser, nothing of the child",
                    a -> a.statusCode() == 200 && a.body().contains("id=\"purposeChooser\"") && !a.body().contains(name)
                            && !errorMessage(a.body()));
        }
        answers.expect(lead, file + "&purpose=SUPERVISION", "the file, read as 督导", a -> a.statusCode() == 200 && a.body().contains(name));
        answers.check();

        JsonArray reads = Json.createReader(new StringReader(ok(api.get("childprotection/cases/" + caseId + "/reads", leadToken)))).readArray();
        List<String> byWorker = purposes(reads, "laojunying.worker");
        List<String> byLead = purposes(reads, "laojunying.lead");
        assertEquals(workerReads, byWorker.size(), "every opening by the worker is recorded: " + reads);
        assertTrue(byWorker.stream().allMatch("经办"::equals), "the worker's reads are 经办, never 授权查阅 or a code: " + byWorker);
        assertEquals(List.of("督导"), byLead, "the lead's one opening, with the purpose it chose: " + reads);
    }

    @Test
    void theVisitFormTakesAnUnknownKindAsAHomeVisitForTheElderTapped() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        List<JsonValue> due = Json.createReader(new StringReader(ok(api.get("eldercare/visits/due", worker)))).readArray();
        assertFalse(due.isEmpty(), "the demo station has visits due");
        long elder = due.get(0).asJsonObject().getJsonNumber("residentId").longValue();

        Answers answers = new Answers();
        PageSession own = signedIn("laojunying.worker");
        String visit = "eldercare/visit.xhtml?residentId=" + elder;
        answers.expect(own, visit + "&kind=PHONE_FOLLOW_UP", "the kind named", a -> a.statusCode() == 200 && selected(a.body(), "PHONE_FOLLOW_UP"));
        for (String kind : with(BAD, "home_visit", "FOO")) {
            answers.expect(own, visit + "&kind=" + enc(kind), "the form for the elder, as a home visit",
                    a -> a.statusCode() == 200 && a.body().contains("id=\"visitForm:forElder\"") && selected(a.body(), "HOME_VISIT")
                            && a.body().contains("id=\"myDue\"") && !errorMessage(a.body()));
        }
        answers.check();
    }

    @Test
    void aVolunteerCertificatesAndCheckInAddressThatNamesNothingOfMineIsNotFound() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        String huide = Keycloak.accessToken("wenmiao.worker");
        long volunteer = firstVolunteer(api, worker, LAOJUNYING);
        long huideVolunteer = firstVolunteer(api, huide, WENMIAO);
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        long shift = id(ok(api.post("volunteers/shifts", worker, "{\"role\":\"参数测试\",\"streetCode\":\"" + LAOJUNYING
                + "\",\"spots\":3,\"startsAt\":\"" + now.plusMinutes(60) + "\",\"endsAt\":\"" + now.plusMinutes(180)
                + "\",\"graceMinutes\":10}")));
        String code = json(ok(api.get("volunteers/shifts/" + shift + "/code", worker))).getString("code");
        String forged = code.substring(0, code.length() - 2) + (code.endsWith("A") ? "BB" : "AA");

        Answers answers = new Answers();
        PageSession staff = signedIn("laojunying.worker");
        answers.expect(staff, "volunteers/certificates.xhtml?volunteer=" + volunteer, "the volunteer's certificates",
                a -> a.statusCode() == 200 && a.body().contains("id=\"volunteer\"") && !a.body().contains(NOT_FOUND_PAGE));
        for (String value : with(BAD, String.valueOf(huideVolunteer), "987654321", "-1")) {
            answers.notFound(staff, "volunteers/certificates.xhtml?volunteer=" + enc(value));
        }
        answers.notFound(staff, "volunteers/certificates.xhtml");

        PageSession phone = signedIn("volunteer.demo");
        answers.expect(phone, "volunteers/check-in.xhtml?code=" + enc(code), "the check-in buttons",
                a -> a.statusCode() == 200 && a.body().contains("id=\"checkIn:in\"") && !a.body().contains(NOT_FOUND_PAGE));
        for (String value : with(BAD, forged, code + "x")) {
            answers.notFound(phone, "volunteers/check-in.xhtml?code=" + enc(value));
        }
        answers.notFound(phone, "volunteers/check-in.xhtml");

        // The public check of a certificate: a token that names none is 404, with the page's own words for a stranger.
        PageSession anyone = new PageSession();
        for (String value : with(BAD, "0123456789abcdef0123456789abcdef")) {
            answers.expect(anyone, "public/volunteers/certificate.xhtml?t=" + enc(value), "404 with 未找到该证明",
                    a -> a.statusCode() == 404 && a.body().contains("未找到该证明") && !a.body().contains("id=\"certificate\""));
        }
        answers.check();
    }

    @Test
    void aContractOfTheBurnUpThatIsNotTheOperatorsInForceIsNotFound() throws Exception {
        Answers answers = new Answers();
        PageSession admin = signedIn("hope.admin");
        answers.expect(admin, "operator/burnup.xhtml?contract=YZMZ-2021-005", "the contract's progress",
                a -> a.statusCode() == 200 && a.body().contains("id=\"progress\""));
        answers.expect(admin, "operator/burnup.xhtml", "the choice of contracts",
                a -> a.statusCode() == 200 && a.body().contains("id=\"chooser\"") && !a.body().contains(NOT_FOUND_PAGE));
        // 汇德's contract, a typo, and whatever an address may carry.
        for (String value : with(BAD, "YZMZ-2024-003", "NO-SUCH-CONTRACT")) {
            answers.notFound(admin, "operator/burnup.xhtml?contract=" + enc(value));
        }
        answers.check();
    }

    @Test
    void theDashboardsAnswerAPlaceNotInViewWith404AndAnUnknownPeriodOrFormatWithThisYear() throws Exception {
        String year = String.valueOf(LocalDate.now(STATIONS).getYear());
        Answers answers = new Answers();
        Map<String, PageSession> pages = new LinkedHashMap<>();
        pages.put("operator/dashboard.xhtml", signedIn("hope.admin"));
        pages.put("region/stations.xhtml", signedIn("yingze.mz"));
        Map<String, String> foreign = Map.of("operator/dashboard.xhtml", WENMIAO, "region/stations.xhtml", "140100000000");
        for (var page : pages.entrySet()) {
            String path = page.getKey();
            PageSession session = page.getValue();
            Predicate<HttpResponse<String>> thisYear = a -> a.body().contains("id=\"periodForm\"")
                    && Pattern.compile("<option value=\"year\" selected").matcher(a.body()).find()
                    && Pattern.compile("id=\"periodYear\">\\s*<option value=\"" + year + "\" selected").matcher(a.body()).find();
            answers.expect(session, path + "?kind=month&year=2025&month=3", "the period named",
                    a -> a.statusCode() == 200 && a.body().contains("<option value=\"month\" selected"));
            // A place: another operator's street, a region above mine, an unknown code — 404; left empty it is not named.
            for (String region : with(BAD.stream().filter(v -> !v.isEmpty()).toList(), foreign.get(path), "999999999999")) {
                answers.notFound(session, path + "?region=" + enc(region));
            }
            answers.expect(session, path + "?region=", "the top of my view", a -> a.statusCode() == 200 && thisYear.test(a));
            // The period, as the picker sends it: each part with the kind that uses it. Empty is "not named".
            Map<String, String> periods = new LinkedHashMap<>();
            for (String v : BAD) {
                periods.put("kind=" + enc(v), v);
                periods.put("kind=year&year=" + enc(v), v);
                periods.put("kind=quarter&year=2025&quarter=" + enc(v), v);
                periods.put("kind=month&year=2025&month=" + enc(v), v);
                periods.put("kind=custom&from=" + enc(v) + "&to=2025-06", v);
                periods.put("kind=custom&from=2025-01&to=" + enc(v), v);
            }
            periods.put("kind=year&year=" + enc("２０２５"), "２０２５");
            periods.put("kind=month&year=2025&month=" + enc("１１"), "１１");
            for (var period : periods.entrySet()) {
                boolean empty = period.getValue().isEmpty();
                boolean customPart = period.getKey().startsWith("kind=custom");
                // A part left empty takes its default (this year, this quarter or month of the year named); a custom
                // period needs both months, so an empty one is refused like a wrong one.
                answers.expect(session, path + "?" + period.getKey(), empty && !customPart ? "the page with the part's default" : "400, why, and this year's page",
                        a -> empty && !customPart ? a.statusCode() == 200 && a.body().contains("id=\"periodForm\"") && !errorMessage(a.body())
                                : a.statusCode() == 400 && thisYear.test(a) && errorMessage(a.body()));
            }
            for (String format : with(BAD, "XLSX", "csv")) {
                answers.expect(session, path + "?format=" + enc(format), "the page itself",
                        a -> a.statusCode() == 200 && thisYear.test(a) && a.headers().firstValue("Content-Disposition").isEmpty());
            }
        }
        answers.check();
    }

    /** Every answer asked for, what it should have been, and what was wrong; checked together so one run shows them all. */
    final class Answers {

        private final List<String> seen = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        void expect(PageSession session, String address, String expected, Predicate<HttpResponse<String>> rule) throws Exception {
            HttpResponse<String> answer = session.get(new URL(base, address).toURI());
            String shown = address.length() > 160 ? address.substring(0, 160) + "…" : address;
            seen.add(shown + " -> " + answer.statusCode() + describe(answer.body()));
            List<String> wrong = new ArrayList<>();
            if (!rule.test(answer)) {
                wrong.add("not " + expected);
            }
            if (answer.statusCode() >= 500 || stackTrace(answer.body())) {
                wrong.add("a failure");
            }
            if (answer.body().contains("<script>alert(1)") || answer.body().indexOf('\0') >= 0) {
                wrong.add("the address's text in the page unescaped");
            }
            if (!wrong.isEmpty()) {
                problems.add(shown + ": " + String.join(", ", wrong) + " (" + answer.statusCode() + describe(answer.body()) + ")");
            }
        }

        void notFound(PageSession session, String address) throws Exception {
            expect(session, address, "the portal's 404 page", a -> a.statusCode() == 404 && a.body().contains(NOT_FOUND_PAGE));
        }

        void check() {
            System.out.println("PageParameterIT answers:\n  " + String.join("\n  ", seen));
            assertTrue(problems.isEmpty(), problems.size() + " wrong:\n" + String.join("\n", problems));
        }
    }

    private PageSession signedIn(String login) throws Exception {
        PageSession session = new PageSession();
        HttpResponse<String> home = session.signIn(new URL(base, "index.xhtml").toURI(), login, Keycloak.PASSWORD);
        assertEquals(200, home.statusCode(), login + ": " + home.body());
        return session;
    }

    /** The tab {@code p:tabView} shows: its hidden active-index field. */
    private static boolean activeTab(String body, int index) {
        return Pattern.compile("tabs_activeIndex\"[^>]*value=\"" + index + "\"").matcher(body).find();
    }

    /** Whether the select offers {@code value} as the one chosen. */
    private static boolean selected(String body, String value) {
        return Pattern.compile("<option value=\"" + value + "\" selected").matcher(body).find();
    }

    private static boolean errorMessage(String body) {
        return body.contains("ui-messages-error") || body.contains("ui-message-error");
    }

    private static List<String> purposes(JsonArray reads, String actor) {
        return reads.stream().map(JsonValue::asJsonObject).filter(r -> actor.equals(r.getString("actor")))
                .map(r -> r.getString("purpose")).collect(Collectors.toList());
    }

    private static List<String> with(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long firstVolunteer(Api api, String token, String street) {
        return json(ok(api.get("volunteers/registry?street=" + street + "&max=1", token)))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
