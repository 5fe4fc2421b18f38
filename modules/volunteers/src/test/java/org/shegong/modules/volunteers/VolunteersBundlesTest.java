package org.shegong.modules.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
import org.shegong.platform.it.RefusalKeys;

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

    /**
     * One language at a time (see {@link RefusalKeys}): every key a refusal or a page message names is in
     * both bundles, each refusal's text is said whole, and no exception is still thrown with a "中文 /
     * English" pair. The roster import's row reasons and notes are {@code Reason.of(key, …)} too, so the
     * scan checks their keys, and no "中文 / English" literal is left in any of the module's Java.
     */
    @Test
    void everyRefusalIsABundleKeyAndNoExceptionSaysALanguagePair() throws IOException {
        Path bundles = Path.of("src/main/resources/org/shegong/modules/volunteers");
        RefusalKeys keys = RefusalKeys.scan(Path.of("src/main/java/org/shegong/modules/volunteers"), "volunteers.",
                bundles.resolve("messages_zh_CN.properties"), bundles.resolve("messages.properties"),
                "new CheckInRefused\\(", "Reasons\\.text\\(", "Reason\\.of\\(");
        assertTrue(keys.used().size() > 80, "the scan finds the refusals: " + keys.used());
        assertEquals(Set.of(), keys.missing(Set.of()), "keys used but not in the bundles");
        assertEquals(Set.of(), keys.pairs(), "refusals still written as language pairs");
        assertEquals(Set.of(), keys.unsayable("volunteers.refused."), "refusal texts MessageFormat cannot say whole");
        assertEquals(Set.of(), keys.unsayable("volunteers.import."), "row reasons MessageFormat cannot say whole");
        assertTrue(keys.used().contains("volunteers.import.sameIdAs"), "the scan finds the roster's row reasons: " + keys.used());
        assertEquals(List.of(), pairLiterals(Path.of("src/main/java/org/shegong/modules/volunteers")),
                "texts written as \"中文 / English\" pairs, said to anyone in any way");
    }

    /** Every string literal in the module's Java holding Chinese, then " / " and an English word. */
    static List<String> pairLiterals(Path sources) throws IOException {
        Pattern pair = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*? / [A-Za-z][^\"\\n]*\"");
        List<String> found = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                java.util.regex.Matcher m = pair.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        return found;
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VolunteersBundlesTest.class.getResourceAsStream("/org/shegong/modules/volunteers/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
