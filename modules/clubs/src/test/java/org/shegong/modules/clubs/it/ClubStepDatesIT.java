package org.shegong.modules.clubs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shegong.modules.clubs.it.ClubsApiIT.assertRefusedWith;
import static org.shegong.modules.clubs.it.ClubsApiIT.club;
import static org.shegong.modules.clubs.it.ClubsApiIT.id;
import static org.shegong.modules.clubs.it.ClubsApiIT.json;
import static org.shegong.modules.clubs.it.ClubsApiIT.ok;
import static org.shegong.modules.clubs.it.ClubsApiIT.today;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.jobs.TenantJobs;
import org.shegong.platform.domain.model.rollup.RollUpStore;
import org.shegong.platform.it.ShegongDeployment;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * A step is dated the day it happened, entered afterwards: with two operators (希望's 老军营, 汇德's 文庙),
 * a step back-dated into an earlier month counts in that month's 社团推进 (clubs.moved-stage) after the
 * incremental roll-up refresh — not only after the daily full rebuild — at its own operator's street
 * only; a day to come, before the founding or before the club's last step, or not a date at all, is a
 * 400 with the reason and writes nothing (no step, the club where it was, no figure).
 */
@ExtendWith(ArquillianExtension.class)
class ClubStepDatesIT {

    static final String MOVED_STAGE = "clubs.moved-stage";
    static final String LAOJUNYING = "140106005000";
    static final String WENMIAO_STREET = "140106003000";
    /** The platform's roll-up jobs (CoreModule's, in the WAR): the incremental refresh and the full rebuild. */
    static final String ROLL_UP = "core.roll-up";
    static final String ROLL_UP_REBUILD = "core.roll-up-rebuild";

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ClubStepDatesIT.class, ClubsApiIT.class, Keycloak.class, Api.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantJobs jobs;

    @Inject
    RollUpStore rollUps;

    @Test
    void aBackDatedStepCountsInItsMonthAfterTheIncrementalRefreshAndABadDayWritesNothing() {
        Api api = new Api(base);
        String lead = Keycloak.accessToken("laojunying.lead");
        String huide = Keycloak.accessToken("wenmiao.lead");
        LocalDate today = today();
        YearMonth past = YearMonth.from(today).minusMonths(4);
        YearMonth earlier = past.minusMonths(1);
        long mine = id(json(ok(api.post("clubs", lead, club("补录健步走队", "CULTURE_SPORTS", ClubsApiIT.WULONGKOU)))));
        long theirs = id(json(ok(api.post("clubs", huide, club("补录调解队", "COMMUNITY_AFFAIRS", ClubsApiIT.WENMIAO)))));
        ok(api.post("clubs/" + mine + "/milestones", lead, "{\"title\":\"制定内部规章\"}"));
        ok(api.post("clubs/" + theirs + "/milestones", huide, "{\"title\":\"选出负责人\"}"));
        // Rebuilt, then refreshed once: the clubs' registration (founded a year back) noted those months too, and the
        // step's own note is what must bring its month into the next refresh.
        assertTrue(jobs.runNow(ROLL_UP_REBUILD).ran());
        jobs.runNow(ROLL_UP);
        long hopePast = movedStage("hope", LAOJUNYING, past);
        long hopeEarlier = movedStage("hope", LAOJUNYING, earlier);
        long huidePast = movedStage("huide", WENMIAO_STREET, past);
        long huideEarlier = movedStage("huide", WENMIAO_STREET, earlier);

        LocalDate founded = LocalDate.parse(json(ok(api.get("clubs/" + mine, lead))).getJsonObject("club").getString("foundedOn"));
        assertRefusedWith(step(api, lead, mine, "INCUBATING", today().plusDays(1)), "clubs.refused.stepInFuture");
        assertRefusedWith(step(api, lead, mine, "INCUBATING", founded.minusDays(1)), "clubs.refused.stepBeforeFounding");
        for (String bad : List.of("\"2026-13-45\"", "\"yesterday\"", "20260101")) {
            HttpResponse<String> refused = api.post("clubs/" + mine + "/steps", lead, "{\"to\":\"INCUBATING\",\"on\":" + bad + "}");
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        }
        assertEquals(List.of("INTEREST_GROUP"), path(api, lead, mine), "nothing refused wrote a step");
        assertEquals("INTEREST_GROUP", json(ok(api.get("clubs/" + mine, lead))).getJsonObject("club").getString("stage"));

        LocalDate happened = past.atDay(10);
        JsonObject step = json(ok(step(api, lead, mine, "INCUBATING", happened)));
        assertEquals(happened.toString(), step.getString("movedOn"), "dated the day it happened, not the day it was entered");
        assertRefusedWith(step(api, lead, mine, "DORMANT", happened.minusDays(1)), "clubs.refused.stepBeforeLast");
        assertEquals(List.of("INTEREST_GROUP", "INCUBATING"), path(api, lead, mine));
        assertEquals(404, step(api, huide, mine, "DORMANT", today()).statusCode(), "another operator's club");
        ok(step(api, huide, theirs, "INCUBATING", earlier.atDay(20)));

        TenantJobs.Outcome refresh = jobs.runNow(ROLL_UP);
        assertTrue(refresh.done().containsAll(List.of(TenantId.of("hope"), TenantId.of("huide"))), refresh.toString());
        assertEquals(hopePast + 1, movedStage("hope", LAOJUNYING, past), "counted in the month it happened");
        assertEquals(hopeEarlier, movedStage("hope", LAOJUNYING, earlier), "not in 汇德's month");
        assertEquals(huideEarlier + 1, movedStage("huide", WENMIAO_STREET, earlier), "汇德's own step, in its month");
        assertEquals(huidePast, movedStage("huide", WENMIAO_STREET, past), "汇德's past as it was");
    }

    private static HttpResponse<String> step(Api api, String token, long club, String to, LocalDate on) {
        return api.post("clubs/" + club + "/steps", token, "{\"to\":\"" + to + "\",\"on\":\"" + on + "\",\"reason\":\"补录\"}");
    }

    private static List<String> path(Api api, String token, long club) {
        return json(ok(api.get("clubs/" + club, token))).getJsonArray("path").stream()
                .map(s -> s.asJsonObject().getString("to")).toList();
    }

    /** The operator's 社团推进 of a street and month as the roll-ups hold it (no row: none). */
    private long movedStage(String tenant, String street, YearMonth month) {
        return rollUps.rowsOf(tenant, Set.of(street), month, month).stream()
                .filter(r -> r.metric().equals(MOVED_STAGE) && r.months() == 1 && r.street().equals(street))
                .mapToLong(r -> r.figure()).sum();
    }
}
