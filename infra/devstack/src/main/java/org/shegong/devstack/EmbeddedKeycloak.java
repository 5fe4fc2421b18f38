package org.shegong.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak dev server unpacked from the {@code keycloak-quarkus-dist} zip in the local Maven
 * repository, listening on loopback only, with the {@code shegong} realm imported from the repo's
 * realm file. Its H2 data stays in the home folder between runs, so later starts skip the import.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "shegong";

    /** 600 s, or {@code -Dshegong.keycloak.start-seconds=…}. */
    // Generous because the wait ends at once if the process dies: a first start builds Keycloak
    // (Quarkus augmentation) and imports the realm, which took over 3 minutes on a busy 2-core machine.
    private static final Duration START_LIMIT = Duration.ofSeconds(Long.getLong("shegong.keycloak.start-seconds", 600));
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final int port;
    private final Path homeDir;
    private final Process process;
    private final Thread shutdownHook;

    private EmbeddedKeycloak(int port, Path homeDir, Process process) {
        this.port = port;
        this.homeDir = homeDir;
        this.process = process;
        // A test JVM that dies or is stopped with Ctrl-C must not leave a Keycloak holding the port.
        this.shutdownHook = new Thread(this::stop, "keycloak-shutdown");
    }

    public static EmbeddedKeycloak start(Path distZip, Path homeDir, int httpPort, Path realmFile) {
        return start(distZip, homeDir, httpPort, realmFile, java.util.List.of());
    }

    /**
     * As above, the realm's portal client also accepting sign-ins that return to the given origins
     * (e.g. {@code http://localhost:9102}): an integration-test run on ports other than the realm
     * file's 9080/9090 would otherwise be refused with "Invalid parameter: redirect_uri".
     */
    public static EmbeddedKeycloak start(Path distZip, Path homeDir, int httpPort, Path realmFile,
                                         java.util.List<String> extraOrigins) {
        long started = System.nanoTime();
        if (portAnswers(httpPort)) {
            // Otherwise the readiness check below could be satisfied by that other server.
            throw new IllegalStateException("port " + httpPort + " is already in use (is another Keycloak running?)");
        }
        EmbeddedKeycloak keycloak;
        try {
            unpack(distZip, homeDir);
            stageRealm(realmFile, extraOrigins, homeDir);
            keycloak = new EmbeddedKeycloak(httpPort, homeDir, launch(homeDir, httpPort));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak in " + homeDir, e);
        }
        Runtime.getRuntime().addShutdownHook(keycloak.shutdownHook);
        System.out.printf("[devstack] Keycloak starting on port %d (log: %s; a first start builds it, 1-3 min)%n",
                httpPort, homeDir.resolve("keycloak.log"));
        keycloak.awaitRealm(started);
        return keycloak;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What the tokens carry as {@code iss}: fixed by {@code --hostname}, whatever address the caller used. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    private static void unpack(Path distZip, Path homeDir) throws IOException {
        Path marker = homeDir.resolve(".unpacked-from");
        String source = distZip.getFileName().toString();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(source)) {
            return;
        }
        if (Files.isDirectory(homeDir) && !Files.isRegularFile(marker) && !isEmpty(homeDir)) {
            // Wiping a folder that holds something other than our Keycloak would be a nasty surprise.
            throw new IllegalStateException(homeDir + " is neither empty nor a Keycloak home made by this class");
        }
        // Unzip beside the home and move it in at the end, so that an unzip cut short never looks complete.
        Path staging = homeDir.resolveSibling(homeDir.getFileName() + ".unpacking").toAbsolutePath().normalize();
        EmbeddedDatabase.deleteRecursively(staging);
        Files.createDirectories(staging);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distZip))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                // Drop the zip's top folder (keycloak-x.y.z/) so that the home folder is the dist root.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = staging.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // java.util.zip does not carry Unix permissions.
        try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        Files.writeString(staging.resolve(marker.getFileName()), source);
        // An older dist goes, with its database: the import below starts it afresh.
        EmbeddedDatabase.deleteRecursively(homeDir);
        Files.move(staging, homeDir);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static void stageRealm(Path realmFile, java.util.List<String> extraOrigins, Path homeDir) throws IOException {
        // Keycloak refuses any other file name in data/import.
        Path imported = homeDir.resolve("data/import/" + REALM + "-realm.json");
        Path checksumFile = imported.resolveSibling(imported.getFileName() + ".sha256");
        String realm = Files.readString(realmFile);
        for (String origin : extraOrigins) {
            realm = realm.replace("\"http://localhost:9090/*\"", "\"http://localhost:9090/*\", \"" + origin + "/*\"")
                    .replace("\"http://localhost:9090\"", "\"http://localhost:9090\", \"" + origin + "\"")
                    // the post-logout addresses are one attribute, separated by ##
                    .replace("##http://localhost:9090/*\"", "##http://localhost:9090/*##" + origin + "/*\"");
        }
        // The test stack signs people in hundreds of times through real login forms and password
        // grants; Keycloak's default PBKDF2 cost (210,000 rounds) makes each one cost a fraction of a
        // second of a core for nothing the tests check. The test run asks for a cheaper hash; the run
        // command and production keep Keycloak's default.
        String iterations = System.getProperty("shegong.devstack.keycloak.hash-iterations");
        if (iterations != null && iterations.matches("[1-9][0-9]{0,6}") && !realm.contains("\"passwordPolicy\"")) {
            realm = realm.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(
                    "{\n  \"passwordPolicy\": \"hashIterations(" + iterations + ")\","));
        }
        String checksum = sha256(realm);
        if (Files.isRegularFile(checksumFile) && Files.readString(checksumFile).equals(checksum)
                && Files.isRegularFile(imported)) {
            return;
        }
        // --import-realm skips a realm that already exists, so a changed file only takes effect
        // on an empty database.
        EmbeddedDatabase.deleteRecursively(homeDir.resolve("data/h2"));
        Files.createDirectories(imported.getParent());
        Files.writeString(imported, realm);
        Files.writeString(checksumFile, checksum);
    }

    private static Process launch(Path homeDir, int port) throws IOException {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path script = homeDir.resolve(windows ? "bin/kc.bat" : "bin/kc.sh");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "start-dev",
                "--http-port=" + port,
                "--http-host=127.0.0.1",
                // Pins the token issuer to localhost even when a caller talks to 127.0.0.1.
                "--hostname=http://localhost:" + port,
                "--import-realm")
                .directory(homeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(homeDir.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private void awaitRealm(long started) {
        URI wellKnown = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + START_LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw failure("Keycloak exited with code " + process.exitValue());
                }
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(wellKnown)
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        System.out.printf("[devstack] Keycloak on %s (%.0f s)%n", baseUrl(), (System.nanoTime() - started) / 1e9);
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw failure("Keycloak did not serve realm " + REALM + " within " + START_LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for Keycloak");
        }
    }

    private IllegalStateException failure(String message) {
        close();
        return new IllegalStateException(message + "; last lines of " + homeDir.resolve("keycloak.log") + ":\n" + logTail(40));
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(homeDir.resolve("keycloak.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean portAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException free) {
            return false;
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        // kc.sh usually runs Java as its child (after a re-augmentation it execs it instead): list
        // the tree now, since killing the script first would orphan the child.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (Exception slow) {
                handle.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }
}
