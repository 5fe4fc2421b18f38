package org.shegong.modules.clubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One language at a time: every reason the module gives by key ({@code new Refusal("…")},
 * {@code PageMessages.refused("…")}, a label argument) is in both bundles, the two bundles have the
 * same keys, and no Java source still writes a "中文 / English" pair into a refusal.
 */
class ClubsBundlesTest {

    static final Path SOURCES = Path.of("src/main/java/org/shegong/modules/clubs");
    static final Pattern KEY = Pattern.compile("(?:new Refusal\\(|PageMessages\\.refused\\(|new Refusal\\.Label\\(|text\\([^,]+, \\d+, "
            + "|requireDay\\([^,]+, [^,]+, |my\\.person\\([^,]+, )\\s*\"(clubs\\.[A-Za-z.\\-]+)\"");
    static final Pattern PAIR = Pattern.compile("\"[^\"]*\\p{IsHan}[^\"]*/ [A-Za-z][^\"]*\"");

    @Test
    void everyKeyOfARefusalIsInBothLanguages() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "the same keys in both");
        Set<String> used = new TreeSet<>();
        Set<String> pairs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                Matcher m = KEY.matcher(java);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix ("clubs.stage." + stage): every stage is checked below
                        used.add(m.group(1));
                    }
                }
                Matcher p = PAIR.matcher(java);
                while (p.find()) {
                    if (java.substring(Math.max(0, p.start() - 60), p.start()).contains("Exception(")) {
                        pairs.add(f.getFileName() + ": " + p.group());
                    }
                }
            }
        }
        assertTrue(used.size() > 40, "the scan finds the refusals: " + used);
        for (var stage : org.shegong.modules.clubs.domain.model.club.ClubStage.values()) {
            used.add("clubs.stage." + stage.name());
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used but not in the bundles");
        assertEquals(Set.of(), pairs, "refusals still written as language pairs");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ClubsBundlesTest.class.getResourceAsStream("/org/shegong/modules/clubs/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
