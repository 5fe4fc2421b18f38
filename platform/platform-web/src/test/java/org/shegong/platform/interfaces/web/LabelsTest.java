package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shegong.platform.domain.model.resident.Gender;

/** Every code the platform shows has a label in both languages, and the bundles hold the same keys. */
class LabelsTest {

    static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Test
    void everyShownCodeHasAChineseAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : Labels.SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String zh = Labels.label(constant, Locale.SIMPLIFIED_CHINESE);
                String en = Labels.label(constant, Locale.ENGLISH);
                if (zh.equals(constant.name()) || !CJK.matcher(zh).find()) {
                    missing.add("zh " + type.getSimpleName() + "." + constant.name());
                }
                if (en.equals(constant.name()) || CJK.matcher(en).find()) {
                    missing.add("en " + type.getSimpleName() + "." + constant.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), "labels missing: " + missing);
    }

    @Test
    void aCodeWithoutALabelShowsItsCodeSoPageTestsCatchIt() {
        assertEquals("NOT_LABELLED", Labels.label(Unlabelled.NOT_LABELLED, Locale.ENGLISH));
        assertNotEquals("FEMALE", Labels.label(Gender.FEMALE, Locale.ENGLISH));
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> zh = keys("messages_zh_CN.properties");
        List<String> onlyOne = new ArrayList<>();
        en.stream().filter(k -> !zh.contains(k)).forEach(k -> onlyOne.add("no zh_CN: " + k));
        zh.stream().filter(k -> !en.contains(k)).forEach(k -> onlyOne.add("no en: " + k));
        assertTrue(onlyOne.isEmpty(), String.join("\n", onlyOne));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/org/shegong/platform/web/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.stringPropertyNames();
    }

    @Test
    void aStoredTextReadsWithLabels() {
        assertEquals("状态：调研/计划中 → 实施中", Labels.read("状态：PLANNING → ACTIVE", Locale.SIMPLIFIED_CHINESE));
        assertEquals("类别：[低保] → [低保, 特困]", Labels.read("类别：[DIBAO] → [DIBAO, TEKUN]", Locale.SIMPLIFIED_CHINESE));
        assertEquals("status: Researching / planning → Active", Labels.read("status: PLANNING → ACTIVE", Locale.ENGLISH));
        assertEquals("合同 YZMZ-2021-005 与 CSV 不变", Labels.read("合同 YZMZ-2021-005 与 CSV 不变", Locale.SIMPLIFIED_CHINESE));
    }

    enum Unlabelled {
        NOT_LABELLED
    }
}
