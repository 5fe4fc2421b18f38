package org.shegong.platform.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One language at a time, checked on a module's sources: every key a refusal names
 * ({@code new Refusal("…")}, {@code PageMessages.refused("…")}, a label argument) is in both of the
 * module's bundles, the two bundles hold the same keys, and no exception is still thrown with a
 * "中文 / English" pair. A module's bundle test calls it with its sources, key prefix and bundles.
 */
public final class RefusalKeys {

    private static final Pattern PAIR = Pattern.compile("\"[^\"]*\\p{IsHan}[^\"]*/ [A-Za-z][^\"]*\"");
    /** Where a text before a pair says it is shown to someone: an exception, a violation, a refusal, a page message. */
    private static final List<String> SAID = List.of("Exception(", "Violation(", "Refused(", "PageMessages.");

    private final Set<String> used = new TreeSet<>();
    private final Set<String> pairs = new TreeSet<>();
    private final Properties zh;
    private final Properties en;

    private RefusalKeys(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Scans {@code sources} for keys starting with {@code prefix} given to a refusal, a page message or
     * a label argument, or in the other argument shapes given (a regular expression alternative before
     * the quoted key, e.g. {@code "text\\([^,]+, \\d+, "} for a module's own helper that takes a key as
     * its third argument).
     */
    public static RefusalKeys scan(Path sources, String prefix, Path zhBundle, Path enBundle, String... otherShapes)
            throws IOException {
        StringBuilder shapes = new StringBuilder("new Refusal\\(|PageMessages\\.refused\\(|new Refusal\\.Label\\(");
        for (String s : otherShapes) {
            shapes.append('|').append(s);
        }
        return scan(sources, Pattern.compile("(?:" + shapes + ")\\s*\"(" + Pattern.quote(prefix) + "[A-Za-z.\\-_]+)\""),
                zhBundle, enBundle);
    }

    /** As above, with the module's own pattern for a key (its group 1), e.g. every quoted string of a key's shape. */
    public static RefusalKeys scan(Path sources, Pattern key, Path zhBundle, Path enBundle) throws IOException {
        RefusalKeys k = new RefusalKeys(load(zhBundle), load(enBundle));
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                Matcher m = key.matcher(java);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix ("clubs.stage." + stage): its caller checks each
                        k.used.add(m.group(1));
                    }
                }
                Matcher p = PAIR.matcher(java);
                while (p.find()) {
                    String before = java.substring(Math.max(0, p.start() - 60), p.start());
                    if (SAID.stream().anyMatch(before::contains)) {
                        k.pairs.add(f.getFileName() + ": " + p.group());
                    }
                }
            }
        }
        return k;
    }

    /** The keys the scan found (so a test can see that it found the refusals at all). */
    public Set<String> used() {
        return used;
    }

    /** Keys named in the sources (or added by the caller) that the Chinese bundle lacks. */
    public Set<String> missing(Set<String> alsoUsed) {
        Set<String> all = new TreeSet<>(used);
        all.addAll(alsoUsed);
        all.removeAll(zh.stringPropertyNames());
        return all;
    }

    /** Keys in one language's bundle only. */
    public Set<String> inOneLanguageOnly() {
        Set<String> one = new TreeSet<>(zh.stringPropertyNames());
        one.addAll(en.stringPropertyNames());
        Set<String> both = new TreeSet<>(zh.stringPropertyNames());
        both.retainAll(en.stringPropertyNames());
        one.removeAll(both);
        return one;
    }

    /**
     * Refusal texts (keys starting with {@code keyPrefix}) that MessageFormat would not say whole: a lone
     * apostrophe hides the rest of the text (write {@code ''}), and an argument left as {@code {0}}.
     */
    public Set<String> unsayable(String keyPrefix) {
        Set<String> bad = new TreeSet<>();
        for (Properties b : List.of(zh, en)) {
            for (String key : b.stringPropertyNames()) {
                if (key.startsWith(keyPrefix)) {
                    String pattern = b.getProperty(key);
                    String said = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6});
                    if (pattern.replace("''", "").contains("'") || said.contains("{")) {
                        bad.add(key + "=" + pattern);
                    }
                }
            }
        }
        return bad;
    }

    /** Exceptions still thrown (or messages still shown) with a "中文 / English" pair, by file. */
    public Set<String> pairs() {
        return pairs;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
