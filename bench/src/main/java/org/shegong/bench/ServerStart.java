package org.shegong.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of the real server for figure 6: the Liberty server the build made ({@code server run}),
 * with the application, against the bench's database and Keycloak, on the bench's own ports. Time is
 * counted from launching {@code server run} to {@code /health/ready} answering 200, which
 * {@code StartupReadiness} gives only once the schema is migrated and {@code tenants/} is provisioned.
 */
final class ServerStart {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final Path wlp;
    private final String server;
    private final Map<String, String> env;
    private final int httpPort;
    private Process process;
    private long launchedAt;
    private double cpuAtReady = Double.NaN;

    ServerStart(Path wlp, String server, int httpPort, int httpsPort, Map<String, String> env) {
        this.wlp = wlp;
        this.server = server;
        this.httpPort = httpPort;
        this.env = new HashMap<>(env);
        this.env.put("HTTP_PORT", Integer.toString(httpPort));
        this.env.put("HTTPS_PORT", Integer.toString(httpsPort));
        this.env.put("SHEGONG_PORTAL_URL", "http://localhost:" + httpPort);
        this.env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /** Starts the server with {@code tenants} as {@code shegong.tenants.dir}; the seconds until it is ready. */
    double start(Path tenants, Path log) throws IOException, InterruptedException {
        if (answers("/health/ready") >= 0) {
            throw new IllegalStateException("port " + httpPort + " already answers: another server runs there");
        }
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", server)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("SHEGONG_TENANTS_DIR", tenants.toAbsolutePath().toString());
        long t0 = System.nanoTime();
        launchedAt = t0;
        process = builder.start();
        long deadline = t0 + Duration.ofMinutes(Integer.getInteger("bench.start.minutes", 60)).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            if (answers("/health/ready") == 200) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                cpuAtReady = ProcessHandle.of(jvmPid()).flatMap(p -> p.info().totalCpuDuration())
                        .map(d -> d.toMillis() / 1e3).orElse(Double.NaN);
                return seconds;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server was not ready in time; see " + log);
    }

    /**
     * CPU seconds (user and system, all threads) the server's JVM had used when it was first seen ready:
     * steadier than the wall time on a shared machine, whose load stretches the wall time of the same work.
     */
    double cpuAtReady() {
        return cpuAtReady;
    }

    /** Used heap after a full GC, in bytes, read from the server's JVM with jcmd. */
    long usedHeapAfterGc() throws IOException, InterruptedException {
        long pid = jvmPid();
        jcmd(pid, "GC.run");
        Thread.sleep(1000);
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = USED.matcher(info);
        long usedKb = 0;
        boolean any = false;
        while (m.find()) {
            usedKb += Long.parseLong(m.group(1));
            any = true;
        }
        if (!any) {
            throw new IllegalStateException("no heap figures in jcmd's answer: " + info);
        }
        return usedKb * 1024;
    }

    /** The line the application logs once provisioning is done ("tenants provisioned from …"), from messages.log. */
    String provisioningLine() throws IOException {
        Path messages = wlp.resolve("usr/servers").resolve(server).resolve("logs/messages.log");
        List<String> lines = Files.readAllLines(messages, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("tenants provisioned from") || lines.get(i).contains("tenants not provisioned")) {
                return lines.get(i);
            }
        }
        return "(no provisioning line in " + messages + ")";
    }

    /**
     * Seconds from launch until the application logged that the logins of the unchanged operators were
     * checked: before ready with a few of them, after it, on a worker, with many (ProvisioningAtStartup).
     */
    double loginsChecked() throws IOException, InterruptedException {
        Path messages = wlp.resolve("usr/servers").resolve(server).resolve("logs/messages.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("bench.start.minutes", 60)).toNanos();
        while (System.nanoTime() < deadline) {
            try (var lines = Files.lines(messages, StandardCharsets.UTF_8)) {
                if (lines.anyMatch(l -> l.contains("unchanged operators checked") || l.contains("logins of unchanged operators not checked"))) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the logins of the unchanged operators were not checked in time; see " + messages);
    }

    /** Lines of this start's messages.log saying logins were not provisioned (Liberty starts a new messages.log each start). */
    long loginProblems() throws IOException {
        Path messages = wlp.resolve("usr/servers").resolve(server).resolve("logs/messages.log");
        try (var lines = Files.lines(messages, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("logins not provisioned")).count();
        }
    }

    void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", server).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        process = null;
    }

    private long jvmPid() {
        return process.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .map(ProcessHandle::pid).findFirst()
                .orElseGet(() -> process.pid());
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    private int answers(String path) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
