package org.shegong.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check the build runs first ({@code infra/install-prerequisites.sh --check}), against stand-ins
 * for dpkg-query, id, apt-get and apt-cache: it goes on when all is there, installs as root with
 * apt, and otherwise stops with the one line to run.
 */
class PrerequisitesCheckTest {

    private static final Path SCRIPT = Path.of("..", "install-prerequisites.sh").toAbsolutePath().normalize();
    private static final String ALL = "libcrypt1 libsystemd0 libstdc++6 libncurses6 libaio1 curl unzip chromium "
            + "chromium-driver fonts-noto-cjk";

    @TempDir
    Path bin;

    record Run(int exit, String output, String aptLog) {
    }

    @Test
    void allPresentGoesOn() throws Exception {
        Run run = check(ALL, "1000", "");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("all present"), run.output());
        assertEquals("", run.aptLog());
    }

    @Test
    void ubuntusRenamedLibaioCountsAsPresent() throws Exception {
        Run run = check(ALL.replace("libaio1", "libaio1t64"), "1000", "");
        assertEquals(0, run.exit(), run.output());
    }

    @Test
    void missingWithoutRootStopsWithTheOneLineToRun() throws Exception {
        Run run = check(ALL.replace(" chromium-driver", ""), "1000", "");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("missing system packages: chromium-driver"), run.output());
        assertTrue(run.output().contains("sudo " + SCRIPT), run.output());
        assertEquals("", run.aptLog(), "nothing is installed without root");
    }

    @Test
    void missingAsRootWithAptInstallsJustWhatIsMissing() throws Exception {
        Run run = check(ALL.replace("libaio1 ", "").replace(" fonts-noto-cjk", ""), "0", "libaio1t64");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.aptLog().contains("update"), run.aptLog());
        assertTrue(run.aptLog().contains("install -y -qq --no-install-recommends libaio1t64 fonts-noto-cjk"), run.aptLog());
    }

    private Run check(String installed, String uid, String aptKnows) throws IOException, InterruptedException {
        Path log = bin.resolve("apt.log");
        Files.writeString(log, "");
        stub("dpkg-query", "for n in " + installed + "; do [ \"$n\" = \"${@: -1}\" ] && { printf 'install ok installed'; exit 0; }; done; exit 1");
        stub("id", "echo " + uid);
        stub("apt-get", "echo \"$@\" >> " + log);
        stub("apt-cache", "for n in " + aptKnows + "; do [ \"$n\" = \"$2\" ] && { echo '  Candidate: 1.0'; exit 0; }; done; echo '  Candidate: (none)'");
        stub("java", "exit 0");
        for (String tool : List.of("grep", "dirname", "basename")) {
            Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        ProcessBuilder process = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "--check").redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.clear();
        env.put("PATH", bin.toString());
        Process p = process.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(output.contains("command not found"), output);
        return new Run(p.exitValue(), output, Files.readString(log).strip());
    }

    private void stub(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
