package org.shegong.platform.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Set<String> used = new TreeSet<>();
    private final Set<String> pairs = new TreeSet<>();
    private final Properties zh;
    private final Properties en;

    private RefusalKeys(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Scans {@code sources} for keys starting with {@code prefix} in the given argument shapes (a
     * regular expression alternative before the quoted key, e.g. {@code "text\\([^,]+, \\d+, "} for a
     * module's own helper that takes a key as its third argument).
     */
    public static RefusalKeys scan(Path sources, String prefix, Path zhBundle, Path enBundle, String... otherShapes)
            throws IOException {
        RefusalKeys k = new RefusalKeys(load(zhBundle), load(enBundle));
        StringBuilder shapes = new StringBuilder("new Refusal\\(|PageMessages\\.refused\\(|new Refusal\\.Label\\(");
        for (String s : otherShapes) {
            shapes.append('|').append(s);
        }
        Pattern key = Pattern.compile("(?:" + shapes + ")\\s*\"(" + Pattern.quote(prefix) + "[A-Za-z.\\-_]+)\"");
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
                    if (java.substring(Math.max(0, p.start() - 60), p.start()).contains("Exception(")) {
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

    /** Exceptions still thrown with a "中文 / English" pair, by file. */
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
