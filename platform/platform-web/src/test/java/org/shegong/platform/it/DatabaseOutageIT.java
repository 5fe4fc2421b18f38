package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.devstack.EmbeddedDatabase;
import org.shegong.devstack.TestStack;
import org.shegong.platform.it.container.StackOutage;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Browser;
import org.shegong.platform.it.client.Keycloak;

/**
 * The database stopped under a write load through the API, then started again: health says so
 * honestly, no acknowledged write is lost, every refusal is a 503 with Retry-After and a plain
 * message (never exception text), pages show the outage page, and the pool recovers by itself.
 * The test restarts the run's shared database before it ends, whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@StackOutage
class DatabaseOutageIT {

    /** What exception text looks like: class names, EclipseLink and driver messages, stack frames. */
    private static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "Exception|EclipseLink|SQLState|Communications link|com\\.mysql|org\\.eclipse|\\tat "
            + "|\\b(java|jakarta|com|org)(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShegongDeployment.asShipped();
    }

    @ArquillianResource
    URL base;

    private EmbeddedDatabase database;
    private final AtomicBoolean stopped = new AtomicBoolean();

    @AfterEach
    void databaseRunsAgain() {
        if (stopped.getAndSet(false)) {
            database.startAfterOutage();
        }
    }

    @Test
    void healthIsOpenAndUpWithItsChecksNamed() throws Exception {
        HttpResponse<String> ready = Keycloak.sendGet(health("ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        for (String check : List.of("database", "startup", "identity-provider")) {
            assertTrue(ready.body().contains("\"" + check + "\""), check + " in " + ready.body());
        }
        HttpResponse<String> live = Keycloak.sendGet(health("live"));
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("request-threads"), live.body());
    }

    @Test
    void aDatabaseOutageUnderWriteLoadLosesNoAcknowledgedWriteAndSaysSoPlainly() throws Exception {
        database = TestStack.database().orElseThrow(() -> new IllegalStateException("the test stack is off"));
        Api api = new Api(base);
        String token = Keycloak.accessToken("yingze.worker");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        String run = Long.toString(System.nanoTime(), 36);

        try (Browser browser = new Browser()) {
            org.htmlunit.Page signedIn = browser.signIn(new URL(base, "station/residents.xhtml"), "yingze.worker", Keycloak.PASSWORD);
            assertEquals(200, signedIn.getWebResponse().getStatusCode());
            assertTrue(!Browser.isLoginForm(signedIn), "signed in: " + signedIn.getUrl());
            ExecutorService load = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int thread = t;
                    writers.add(load.submit(() -> {
                        while (running.get()) {
                            String name = "断库" + run + "-" + thread + "-" + sent.incrementAndGet();
                            HttpResponse<String> r = api.post("residents", token, "{\"name\":\"" + name
                                    + "\",\"communityCode\":\"" + Fixtures.COMMUNITY_YINGZE + "\"}");
                            if (r.statusCode() == 201) {
                                acknowledged.put(name, Keycloak.json(r.body()).getJsonNumber("id").longValue());
                            } else if (r.statusCode() == 503) {
                                unavailable.incrementAndGet();
                                check(r, wrong);
                            } else {
                                wrong.add("POST → " + r.statusCode() + " " + r.body());
                            }
                        }
                        return null;
                    }));
                }
                waitUntil(Duration.ofSeconds(60), () -> acknowledged.size() >= 20, "writes acknowledged before the outage");

                database.stopForOutage();
                stopped.set(true);
                long stoppedAt = System.nanoTime();
                waitUntil(Duration.ofSeconds(60), () -> unavailable.get() >= 10, "writes refused with 503 during the outage");
                System.out.printf("[outage] 10 writes refused in %.1f s%n", (System.nanoTime() - stoppedAt) / 1e9);
                HttpResponse<String> notReady = Keycloak.sendGet(health("ready"));
                assertEquals(503, notReady.statusCode(), "readiness is DOWN while the database is away: " + notReady.body());
                assertTrue(notReady.body().contains("\"database\"") && notReady.body().contains("DOWN"), notReady.body());
                HttpResponse<String> read = api.get("residents", token);
                assertEquals(503, read.statusCode(), read.body());
                check(read, wrong);

                // A resident's page reads the resident when it opens.
                long someone = acknowledged.values().iterator().next();
                var page = browser.client().getPage(new URL(base, "station/resident.xhtml?id=" + someone)).getWebResponse();
                assertEquals(503, page.getStatusCode(), "a page during the outage: " + page.getWebRequest().getUrl() + " "
                        + page.getContentAsString().substring(0, Math.min(600, page.getContentAsString().length())));
                assertTrue(page.getContentAsString().contains("服务暂时不可用"), page.getContentAsString());
                assertTrue(!EXCEPTION_TEXT.matcher(page.getContentAsString()).find(), page.getContentAsString());

                database.startAfterOutage();
                stopped.set(false);
                long restarted = System.nanoTime();
                waitUntil(Duration.ofSeconds(30), () -> Keycloak.sendGet(health("ready")).statusCode() == 200,
                        "readiness UP within 30 s of the database's return");
                System.out.printf("[outage] readiness UP %.1f s after the database started again%n", (System.nanoTime() - restarted) / 1e9);
                int ackedAtReturn = acknowledged.size();
                waitUntil(Duration.ofSeconds(30), () -> acknowledged.size() >= ackedAtReturn + 20, "writes acknowledged again");
                running.set(false);
                for (Future<?> writer : writers) {
                    writer.get(30, TimeUnit.SECONDS);
                }
            } finally {
                running.set(false);
                load.shutdown();
                load.awaitTermination(60, TimeUnit.SECONDS);
            }
            assertTrue(unavailable.get() > 0, "the load met the outage");
        }

        assertEquals(List.of(), wrong, "only 201 or 503 with Retry-After and a plain message");
        List<String> lost = new ArrayList<>();
        for (var write : acknowledged.entrySet()) {
            HttpResponse<String> r = api.get("residents/" + write.getValue(), token);
            if (r.statusCode() != 200 || !r.body().contains(write.getKey())) {
                lost.add(write.getKey() + " → " + r.statusCode());
            }
        }
        assertEquals(List.of(), lost, "0 of " + acknowledged.size() + " acknowledged writes lost");
    }

    private static void check(HttpResponse<String> r, List<String> wrong) {
        if (r.headers().firstValue("Retry-After").isEmpty()) {
            wrong.add(r.statusCode() + " without Retry-After");
        }
        if (EXCEPTION_TEXT.matcher(r.body()).find() || !r.body().contains("数据库暂时不可用")) {
            wrong.add(r.statusCode() + " body " + r.body());
        }
    }

    private URI health(String kind) {
        return URI.create(base.getProtocol() + "://" + base.getAuthority() + "/health/" + kind);
    }

    /** Polls until the condition holds, failing after the limit; no fixed sleeps. */
    private static void waitUntil(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
