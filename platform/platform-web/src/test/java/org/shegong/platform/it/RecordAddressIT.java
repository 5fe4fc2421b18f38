package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;
import org.shegong.platform.it.client.PageSession;

/**
 * A record's id in a page's address, read one way on every page that shows one record (the platform's
 * {@code shegong.recordId} converter on its {@code f:viewParam}): signed in as the station's worker, an id that
 * cannot name a record — not a number, empty, a number with letters after it, not positive, too large for an id,
 * in full-width digits — is the portal's 404 page, as an unknown id is; never a 200 page without its record,
 * never a stack trace. The record's own id still opens the page, and an address without any id does what the
 * page offers for it (a chooser, the visit page's due list) or is the same 404. Before the converter, 47 of these
 * answers were wrong (200 with a chooser, an empty page, a conversion message or a page broken half-way).
 */
@ExtendWith(ArquillianExtension.class)
class RecordAddressIT {

    static final String LAOJUNYING = "140106005000";
    static final String LAOJUNYING_COMMUNITY = "140106005001";
    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    /** What an address may carry instead of an id: each is "no such record". */
    static final List<String> NOT_AN_ID = List.of("abc", "", "12abc", "-1", "0", "99999999999999999999", "１２");

    /** A well-formed id no record has. */
    static final String UNKNOWN = "987654321";

    /** The not-found page's own text ({@code notFound.text}), which a page's in-page block never says. */
    static final String NOT_FOUND_PAGE = "没有这个页面或记录";

    /** What a page answers for an address without its id: "404", or 200 with this marker in the page. */
    record RecordPage(String path, String parameter, long valid, String withoutId) {

        String address(String value) {
            return path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRecordPageAnswersAnIdThatNamesNoRecordWithThePortalsNotFoundPage() throws Exception {
        Api api = new Api(base);
        String worker = Keycloak.accessToken("laojunying.worker");
        long[] residentAndChild = child(api, worker);
        long resident = residentAndChild[0];
        long child = residentAndChild[1];
        long elder = Fixtures.elders(api, worker, 1).get(0).getJsonNumber("id").longValue();
        // The visit page offers the elders with a profile (its due list): one of them.
        List<JsonValue> due = Json.createReader(new StringReader(ok(api.get("eldercare/visits/due", worker)))).readArray();
        assertFalse(due.isEmpty(), "the demo station has visits due");
        long dueElder = due.get(0).asJsonObject().getJsonNumber("residentId").longValue();
        long club = id(ok(api.post("clubs", worker, "{\"name\":\"地址测试社团" + ThreadLocalRandom.current().nextInt(100_000)
                + "\",\"kind\":\"CULTURE_SPORTS\",\"communityCode\":\"" + LAOJUNYING_COMMUNITY + "\",\"foundedOn\":\""
                + LocalDate.now(STATIONS).minusYears(1) + "\",\"place\":\"社区活动室\",\"schedule\":\"每周二 9:00\"}")));
        LocalDateTime now = LocalDateTime.now(STATIONS).truncatedTo(ChronoUnit.MINUTES);
        long shift = id(ok(api.post("volunteers/shifts", worker, "{\"role\":\"助老探访\",\"streetCode\":\"" + LAOJUNYING
                + "\",\"spots\":3,\"startsAt\":\"" + now.plusMinutes(60) + "\",\"endsAt\":\"" + now.plusMinutes(180)
                + "\",\"graceMinutes\":10}")));
        long volunteer = json(ok(api.get("volunteers/registry?street=" + LAOJUNYING + "&max=1", worker)))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();

        List<RecordPage> pages = List.of(
                new RecordPage("station/resident.xhtml", "id", resident, "class=\"chooser\""),
                new RecordPage("station/project.xhtml", "id", project(api, worker), "class=\"chooser\""),
                new RecordPage("childprotection/register.xhtml", "residentId", resident, "class=\"chooser\""),
                new RecordPage("childprotection/child.xhtml", "id", child, "class=\"chooser\""),
                new RecordPage("eldercare/elder.xhtml", "residentId", elder, "404"),
                new RecordPage("eldercare/visit.xhtml", "residentId", dueElder, "id=\"myDue\""),
                new RecordPage("clubs/club.xhtml", "id", club, "404"),
                new RecordPage("clubs/edit.xhtml", "id", club, "404"),
                new RecordPage("volunteers/shift.xhtml", "id", shift, "404"),
                new RecordPage("volunteers/check-in-code.xhtml", "id", shift, "404"),
                new RecordPage("volunteers/volunteer.xhtml", "id", volunteer, "404"));

        PageSession session = new PageSession();
        HttpResponse<String> home = session.signIn(new URL(base, "index.xhtml").toURI(), "laojunying.worker", Keycloak.PASSWORD);
        assertEquals(200, home.statusCode(), home.body());

        List<String> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RecordPage page : pages) {
            HttpResponse<String> valid = session.get(new URL(base, page.address(String.valueOf(page.valid()))).toURI());
            answers.add(page.address(String.valueOf(page.valid())) + " -> " + valid.statusCode() + describe(valid.body()));
            if (valid.statusCode() != 200 || valid.body().contains(NOT_FOUND_PAGE) || stackTrace(valid.body())) {
                problems.add(page.address(String.valueOf(page.valid())) + ": the record's own id does not open its page");
            }
            List<String> values = new ArrayList<>(NOT_AN_ID);
            values.add(UNKNOWN);
            for (String value : values) {
                HttpResponse<String> answer = session.get(new URL(base, page.address(value)).toURI());
                answers.add(page.address(value) + " -> " + answer.statusCode() + describe(answer.body()));
                if (answer.statusCode() != 404 || !answer.body().contains(NOT_FOUND_PAGE) || stackTrace(answer.body())) {
                    problems.add(page.address(value) + ": not the portal's 404 page");
                }
            }
            HttpResponse<String> none = session.get(new URL(base, page.path()).toURI());
            answers.add(page.path() + " -> " + none.statusCode() + describe(none.body()));
            boolean expected = "404".equals(page.withoutId())
                    ? none.statusCode() == 404 && none.body().contains(NOT_FOUND_PAGE)
                    : none.statusCode() == 200 && none.body().contains(page.withoutId()) && !none.body().contains(NOT_FOUND_PAGE);
            if (!expected || stackTrace(none.body())) {
                problems.add(page.path() + ": without an id, not " + page.withoutId());
            }
        }
        System.out.println("RecordAddressIT answers:\n  " + String.join("\n  ", answers));
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\nanswers:\n" + String.join("\n", answers));
    }

    /** A short note of what came back: the not-found page, a page's own block, a message, a stack trace. */
    static String describe(String body) {
        List<String> seen = new ArrayList<>();
        if (body.contains(NOT_FOUND_PAGE)) {
            seen.add("portal not-found page");
        }
        if (body.contains("class=\"not-found\"") && !body.contains(NOT_FOUND_PAGE)) {
            seen.add("in-page not-found block");
        }
        if (body.contains("class=\"chooser\"")) {
            seen.add("chooser");
        }
        if (body.contains("ui-messages-error") || body.contains("ui-message-error")) {
            seen.add("error message");
        }
        if (body.contains("id=\"serverError\"")) {
            seen.add("error page");
        }
        if (stackTrace(body)) {
            seen.add("STACK TRACE");
        }
        return seen.isEmpty() ? " (page drawn)" : " (" + String.join(", ", seen) + ")";
    }

    static boolean stackTrace(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.contains("at org.") || body.contains("at jakarta.");
    }

    /**
     * A child of the worker's station, registered by the worker (so assigned to it): the resident's id and the child's
     * file's. {@link PageParameterIT} takes its child, answers and JSON helpers from here too.
     */
    static long[] child(Api api, String worker) {
        LocalDate birth = LocalDate.now(STATIONS).minusYears(9).minusDays(ThreadLocalRandom.current().nextInt(300));
        String first17 = "140106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String idNumber = first17 + IdNumber.checkCharFor(first17);
        HttpResponse<String> resident = api.post("residents", worker, "{\"name\":\"地址童" + ThreadLocalRandom.current().nextInt(1000)
                + "\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13800000000\",\"communityCode\":\"" + LAOJUNYING_COMMUNITY
                + "\",\"categories\":[\"CHILD\"]}");
        assertEquals(201, resident.statusCode(), resident.body());
        long residentId = id(resident.body());
        return new long[] {residentId, id(ok(api.post("childprotection/children", worker, "{\"residentId\":" + residentId
                + ",\"category\":\"LEFT_BEHIND\",\"inSchool\":true,\"school\":\"老军营小学\",\"grade\":\"三年级\","
                + "\"guardians\":[{\"name\":\"王桂兰\",\"relation\":\"祖母\",\"phone\":\"13800001111\",\"legalGuardian\":true}]}")))};
    }

    /** A project of the worker's station: the first the API lists. */
    private static long project(Api api, String worker) {
        List<JsonValue> projects = Json.createReader(new StringReader(ok(api.get("projects", worker)))).readArray();
        assertFalse(projects.isEmpty(), "the demo station has a project");
        return projects.get(0).asJsonObject().getJsonNumber("id").longValue();
    }

    static String ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.uri() + " " + response.body());
        return response.body();
    }

    static long id(String body) {
        return json(body).getJsonNumber("id").longValue();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
