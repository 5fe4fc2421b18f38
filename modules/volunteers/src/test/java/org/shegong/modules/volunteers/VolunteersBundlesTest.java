package org.shegong.modules.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceStatus;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateState;
import org.shegong.modules.volunteers.domain.model.shift.SignUpStatus;
import org.shegong.modules.volunteers.domain.model.timebank.AccountKind;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerStatus;

/**
 * Every code the module's pages show (affiliation kinds, gender, statuses, account kinds, the ways to
 * use credits) has a label in both bundles: Chinese in zh_CN, no Chinese in en — in English mode a
 * volunteer's source kind once showed as 高校. And the two bundles hold the same keys.
 */
class VolunteersBundlesTest {

    static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.of(
            "affiliation.", AffiliationKind.class,
            "gender.", Gender.class,
            "volunteer.status.", VolunteerStatus.class,
            "attendance.status.", AttendanceStatus.class,
            "signUp.status.", SignUpStatus.class,
            "certificate.state.", CertificateState.class,
            "account.kind.", AccountKind.class,
            "portal.credits.use.", TimeBank.CreditUse.class);

    @Test
    void everyShownCodeHasAChineseAndAnEnglishLabel() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((prefix, type) -> {
            for (Enum<?> code : type.getEnumConstants()) {
                String key = prefix + code.name();
                String z = zh.getProperty(key);
                String e = en.getProperty(key);
                if (z == null || !CJK.matcher(z).find()) {
                    missing.add("zh " + key);
                }
                if (e == null || e.isBlank() || CJK.matcher(e).find()) {
                    missing.add("en " + key);
                }
            }
        });
        assertEquals(List.of(), missing);
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "the same keys in both");
    }

    @Test
    void theEnglishAffiliationKindsAreEnglish() throws IOException {
        Properties en = bundle("messages.properties");
        assertEquals("University", en.getProperty("affiliation.UNIVERSITY"));
        assertTrue(CJK.matcher(bundle("messages_zh_CN.properties").getProperty("affiliation.UNIVERSITY")).find());
    }

    static final java.nio.file.Path SOURCES = java.nio.file.Path.of("src/main/java/org/shegong/modules/volunteers");
    static final Pattern KEY = Pattern.compile("(?:new Refusal\\(|new CheckInRefused\\(|PageMessages\\.refused\\(|Reasons\\.text\\()\\s*\"(volunteers\\.[A-Za-z.\\-]+)\"");
    static final Pattern PAIR = Pattern.compile("\"[^\"]*\\p{IsHan}[^\"]*/ [A-Za-z][^\"]*\"");

    /**
     * One language at a time: every key a refusal or a page message names is in both bundles, and no
     * exception is still thrown with a "中文 / English" pair (the import's per-row reasons are lists of
     * texts, not refusals, and stay pairs for now).
     */
    @Test
    void everyRefusalIsABundleKeyAndNoExceptionSaysALanguagePair() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        java.util.Set<String> used = new TreeSet<>();
        java.util.Set<String> pairs = new TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(SOURCES)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(f);
                java.util.regex.Matcher m = KEY.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                java.util.regex.Matcher p = PAIR.matcher(source);
                while (p.find()) {
                    String before = source.substring(Math.max(0, p.start() - 60), p.start());
                    if (before.contains("Exception(") || before.contains("Refused(") || before.contains("PageMessages.")) {
                        pairs.add(f.getFileName() + ": " + p.group());
                    }
                }
            }
        }
        assertTrue(used.size() > 80, "the scan finds the refusals: " + used);
        java.util.Set<String> missing = new TreeSet<>(used);
        missing.removeAll(zh.stringPropertyNames());
        assertEquals(java.util.Set.of(), missing, "keys used but not in the bundles");
        assertEquals(java.util.Set.of(), pairs, "refusals still written as language pairs");
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VolunteersBundlesTest.class.getResourceAsStream("/org/shegong/modules/volunteers/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
