package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the platform and of every module in the tree: a key said twice in one file lets the
 * second silently win (the volunteers' module was named "姓名" on every page that names modules,
 * because a column label reused the module-name key), and a key in one language only shows its key.
 */
class EveryBundleTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void noKeyIsSaidTwiceAndBothLanguagesHoldTheSameKeys() throws IOException {
        List<Path> bundles = bundles();
        assertTrue(bundles.size() >= 10, "the platform's and every module's bundles are found: " + bundles);
        List<String> wrong = new ArrayList<>();
        for (Path zh : bundles.stream().filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties")).toList()) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN", ""));
            Set<String> zhKeys = keys(zh, wrong);
            Set<String> enKeys = Files.exists(en) ? keys(en, wrong) : Set.of();
            for (String k : zhKeys) {
                if (!enKeys.contains(k)) {
                    wrong.add(ROOT.relativize(en) + " lacks " + k);
                }
            }
            for (String k : enKeys) {
                if (!zhKeys.contains(k)) {
                    wrong.add(ROOT.relativize(zh) + " lacks " + k);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> bundles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String top : List.of("platform", "modules")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(top))) {
                files.filter(p -> p.toString().contains("/src/main/resources/"))
                        .filter(p -> p.getFileName().toString().matches("messages(_zh_CN)?\\.properties"))
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** The keys of a file as written (not through Properties, which keeps only the last of a pair). */
    private static Set<String> keys(Path file, List<String> wrong) throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean wasContinued = continued;
            continued = line.endsWith("\\") && !line.endsWith("\\\\");
            String t = line.strip();
            if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int eq = t.indexOf('=');
            int colon = t.indexOf(':');
            int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            String key = (at < 0 ? t : t.substring(0, at)).strip();
            if (!seen.add(key)) {
                wrong.add(ROOT.relativize(file) + " says " + key + " twice");
            }
            keys.add(key);
        }
        return keys;
    }
}
