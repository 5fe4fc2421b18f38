package org.shegong.modules.childprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One language at a time: every key the module's Java names (a refusal's, a field label said inside one, a
 * page message's) is in both bundles, the two bundles have the same keys, every refusal's text is a pattern
 * MessageFormat reads (a lone quote would swallow the rest), and no Java source still writes a
 * "中文 / English" pair into a refusal or a page message.
 */
class ChildProtectionBundlesTest {

    static final Path SOURCES = Path.of("src/main/java/org/shegong/modules/childprotection");
    static final Pattern KEY = Pattern.compile("\"((?:childprotection\\.(?:refused|field)|cp)\\.[A-Za-z.]+[A-Za-z])\"");
    static final Pattern PAIR = Pattern.compile("\"[^\"]*\\p{IsHan}[^\"]*/ [A-Za-z][^\"]*\"");

    @Test
    void everyKeyTheJavaNamesIsInBothLanguagesAndNoRefusalIsAPair() throws IOException {
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
                    used.add(m.group(1));
                }
                Matcher p = PAIR.matcher(java);
                while (p.find()) {
                    String before = java.substring(Math.max(0, p.start() - 60), p.start());
                    if (before.contains("Exception(") || before.contains("Violation(") || before.contains("PageMessages.")) {
                        pairs.add(f.getFileName() + ": " + p.group());
                    }
                }
            }
        }
        assertTrue(used.size() > 80, "the scan finds the refusals: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used but not in the bundles");
        assertEquals(Set.of(), pairs, "refusals still written as language pairs");

        for (Properties b : new Properties[] {zh, en}) {
            for (String key : b.stringPropertyNames()) {
                if (key.startsWith("childprotection.refused.")) {
                    String pattern = b.getProperty(key);
                    assertTrue(!pattern.replace("''", "").contains("'"), key + " has a lone quote, which hides the rest: " + pattern);
                    String said = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
                    assertTrue(!said.contains("{"), key + " says every argument: " + said);
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChildProtectionBundlesTest.class.getResourceAsStream("/org/shegong/modules/childprotection/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
