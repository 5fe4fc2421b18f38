package org.shegong.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform says every reason in one language at a time (issue 15): a refusal is a
 * {@code Refusal(key, args)} said from the bundles in the reader's language, never a "中文 / English"
 * pair written into the Java source. This scans the main Java of platform-core and platform-web
 * (comments left out; the string literals of each statement read together, so a pair split over
 * {@code +} and lines is found too) and fails on any pair.
 */
class OneLanguageTest {

    /** Chinese, then " / " and an English word, within one statement's literals. */
    static final Pattern PAIR = Pattern.compile("\\p{IsHan}[^/\\n]*? / [A-Za-z]");

    /**
     * Files allowed to keep pairs, each with why: only the start-up check. (The imports' row errors,
     * notes and unread columns are {@code Reason}s since issue 15's import item.)
     */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("org/shegong/platform/infrastructure/config/DemoSecretsCheck.java",
                    "refuses to start the server: read in the server log by whoever runs it, before any reader or language exists"));

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void noChineseEnglishPairInThePlatformsJava() throws IOException {
        List<Path> roots = List.of(Path.of("../platform-core/src/main/java"), Path.of("src/main/java"));
        roots.forEach(root -> assertTrue(Files.isDirectory(root), "run from platform/platform-web: " + root.toAbsolutePath()));
        List<String> pairs = new ArrayList<>();
        for (JavaFile file : javaFilesUnder(roots)) {
            if (!ALLOWED.containsKey(file.name())) {
                pairs.addAll(pairsIn(file.name(), file.text()));
            }
        }
        assertEquals(List.of(), pairs, "say these with Refusal(key, args) and the bundles (zh_CN and en)");
    }

    @Test
    void theScanFindsAPairAlsoWhenItIsSplitOverLines() {
        assertFalse(pairsIn("A.java", "throw new IllegalArgumentException(\"姓名不能为空 / a resident needs a name\");").isEmpty());
        assertFalse(pairsIn("B.java", "x(\"第 \" + row + \" 行有误\"\n    + \" / row \" + row);").isEmpty());
        assertTrue(pairsIn("C.java", "/** A \"中文 / English\" pair. */\nthrow new Refusal(\"resident.refused.name\");").isEmpty());
        assertTrue(pairsIn("D.java", "fields.put(\"姓名\", name); // 中文 / English").isEmpty());
        assertFalse(pairsIn("E.java", "String x = \"第 \" + n + \" 行\";\nthrow new IllegalStateException(\"已停用 / disabled\");").isEmpty());
    }

    /** A Java source file found under a source root; {@code name} is its path from the root, as '/'. */
    record JavaFile(Path root, Path path) {
        String name() {
            return root.relativize(path).toString().replace('\\', '/');
        }

        String text() throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
    }

    /** Every .java file under the roots, root by root, each root's files sorted: the one walk both scans share. */
    static List<JavaFile> javaFilesUnder(List<Path> roots) throws IOException {
        List<JavaFile> all = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.add(new JavaFile(root, f)));
            }
        }
        return all;
    }

    /** Each statement whose string literals, read together, hold a pair: file and first line. */
    static List<String> pairsIn(String name, String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        int start = 0;
        for (String statement : code.split(";")) {
            StringBuilder literals = new StringBuilder();
            Matcher m = LITERAL.matcher(statement);
            while (m.find()) {
                literals.append(m.group(), 1, m.group().length() - 1).append(' ');
            }
            if (PAIR.matcher(literals).find()) {
                int line = (int) code.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + (line + leadingNewlines(statement)) + " " + literals.toString().strip());
            }
            start += statement.length() + 1;
        }
        return found;
    }

    private static int leadingNewlines(String statement) {
        int n = 0;
        for (int i = 0; i < statement.length() && Character.isWhitespace(statement.charAt(i)); i++) {
            n += statement.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    /** The source with comments blanked (line breaks kept, so line numbers stay right); literals untouched. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Pages take their punctuation from the bundles too ({@code common.colon}, {@code common.parenOpen},
     * {@code common.parenClose}): a full-width colon or parenthesis written into a page shows in its
     * English as well ("Leader：", "陆阳宇（V000001）"). Scans the platform's pages and every module's.
     */
    @Test
    void noPageWritesFullWidthPunctuationOfItsOwn() throws IOException {
        Pattern fullWidth = Pattern.compile("[（）：]");
        List<Path> roots = new ArrayList<>(List.of(Path.of("src/main/webapp")));
        try (Stream<Path> modules = Files.list(Path.of("../../modules"))) {
            modules.map(m -> m.resolve("src/main/resources/META-INF/resources")).filter(Files::isDirectory).sorted().forEach(roots::add);
        }
        assertTrue(roots.size() > 1, "run from platform/platform-web, with the modules beside it: " + roots);
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (fullWidth.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "full-width punctuation written into pages (say it from the bundle)");
    }

    /**
     * Java that builds a text for a person takes its punctuation from the bundles as well
     * ({@code Punctuation}, or the keys themselves): a full-width colon or parenthesis in a string
     * literal reaches the English reader too ("Lu Yangyu（V000001）"). Scans the main Java of the
     * platform and every module (comments left out). Kept, each with why: Chinese content that is
     * data in its own right, not words around a value.
     */
    static final Map<String, String> FULL_WIDTH_ALLOWED = Map.ofEntries(
            Map.entry("DemoSecretsCheck.java", "refuses to start the server, in the server log (see ALLOWED)"),
            Map.entry("DemoData.java", "the demonstration tenant's records: Chinese content, as a station would type it"),
            Map.entry("ChildProtectionDemo.java", "the demonstration tenant's records: Chinese content, as a station would type it"),
            Map.entry("ResidentWorkbook.java", "the Chinese import template's own instructions and column names"),
            Map.entry("RosterImport.java", "the Chinese import template's own instructions and column names"),
            Map.entry("RosterLine.java", "reads full-width parentheses out of a typed phone number"),
            Map.entry("WorkbookColumn.java", "column names of the Chinese template, matched when reading a file"),
            Map.entry("Column.java", "column names of the Chinese template, matched when reading a file"));

    @Test
    void noJavaWritesFullWidthPunctuationIntoAText() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("src/main/java"), Path.of("../platform-core/src/main/java"),
                Path.of("../platform-api/src/main/java")));
        try (Stream<Path> modules = Files.list(Path.of("../../modules"))) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(roots::add);
        }
        assertTrue(roots.size() > 3, "run from platform/platform-web, with the modules beside it: " + roots);
        List<String> found = new ArrayList<>();
        for (JavaFile file : javaFilesUnder(roots)) {
            if (!FULL_WIDTH_ALLOWED.containsKey(file.path().getFileName().toString())) {
                found.addAll(fullWidthIn(file.path().toString(), file.text()));
            }
        }
        assertEquals(List.of(), found, "full-width punctuation built into Java strings (use Punctuation or the bundle)");
    }

    @Test
    void theJavaScanSeesLiteralsNotComments() {
        assertFalse(fullWidthIn("A.java", "name = v.getName() + \"（\" + number + \"）\";").isEmpty());
        assertTrue(fullWidthIn("B.java", "/** 陆阳宇（V000001） */\nname = Punctuation.aside(a, b, l); // 注：x").isEmpty());
        assertTrue(fullWidthIn("C.java", "char c = '：';").isEmpty());
    }

    /** Each string literal with a full-width colon or parenthesis: file, line and the literal. */
    static List<String> fullWidthIn(String name, String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            if (m.group().matches("(?s).*[（）：].*")) {
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + line + " " + m.group());
            }
        }
        return found;
    }
}
