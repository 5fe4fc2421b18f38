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
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
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

    @Test
    void aSaidHistoryLineReadsInTheReadersLanguage() {
        String registered = Said.of("history.resident.registered") + Said.all(List.of(
                Said.of("history.field", new Refusal.Label("history.field.resident.name"), "张三"),
                Said.of("history.field", new Refusal.Label("history.field.resident.gender"), new Refusal.Label("label.Gender.MALE")),
                Said.of("history.field", new Refusal.Label("history.field.resident.categories"),
                        List.of(new Refusal.Label("label.ResidentCategory.ELDER"), new Refusal.Label("label.ResidentCategory.DIBAO"))),
                Said.of("history.secretFilled", new Refusal.Label("history.field.resident.idNumber"))));
        assertEquals("登记：姓名：张三；性别：男；类别：老年人、低保；身份证号已填写", Labels.read(registered, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Registered: Name: 张三; Gender: Male; Categories: Elder, Minimum allowance; ID number filled in",
                Labels.read(registered, Locale.ENGLISH));
        String changed = Said.of("history.changed", new Refusal.Label("history.field.phone"), "138", "139");
        assertEquals("电话：138 → 139", Labels.read(changed, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Phone: 138 → 139", Labels.read(changed, Locale.ENGLISH));
        assertEquals("Export xlsx", Labels.read(Said.of("reads.purpose.export", "xlsx"), Locale.ENGLISH));
        assertEquals("导出 xlsx", Labels.read(Said.of("reads.purpose.export", "xlsx"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anOlderPlainRowReadsAsStored() {
        assertEquals("添加工作人员 李四", Labels.read("添加工作人员 李四 / staff member added", Locale.SIMPLIFIED_CHINESE));
        assertEquals("staff member added", Labels.read("添加工作人员 李四 / staff member added", Locale.ENGLISH));
        assertEquals("开始页逾期个案", Labels.read("开始页逾期个案", Locale.ENGLISH));
        // an older row that happens to start like a phrase but names no key stays whole
        assertEquals("#3 号楼", Labels.read("#3 号楼", Locale.ENGLISH));
    }

    @Test
    void aPersonsTextThatLooksLikeAKeyIsNeverTranslated() {
        assertEquals("#history.removed", Labels.read(Said.typed("#history.removed"), Locale.ENGLISH));
        assertEquals("\\history.removed", Labels.read(Said.typed("\\history.removed"), Locale.ENGLISH));
        assertEquals("家访", Labels.read(Said.typed("家访"), Locale.ENGLISH));
        // a value typed into a field, with the separators the stored form uses, comes back as typed
        String value = "#history.removed|@label.Gender.MALE\\";
        assertEquals("Name: " + value, Labels.read(Said.of("history.field",
                new Refusal.Label("history.field.resident.name"), value), Locale.ENGLISH));
        assertEquals("Phone: @label.Gender.MALE → —", Labels.read(Said.of("history.changed",
                new Refusal.Label("history.field.phone"), "@label.Gender.MALE", "—"), Locale.ENGLISH));
    }

    @Test
    void peoplesValuesAreListedAsTheReadersLanguageListsThem() {
        String two = Said.of("history.field", new Refusal.Label("history.field.resident.name"), Said.values(List.of("东队", "West, team")));
        assertEquals("姓名：东队、West, team", Labels.read(two, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Name: 东队 and West, team", Labels.read(two, Locale.ENGLISH), "a comma in a name stays in the name");
        String three = Said.of("history.field", new Refusal.Label("history.field.resident.name"), Said.values(List.of("A", "B\\", "C")));
        assertEquals("Name: A, B\\ and C", Labels.read(three, Locale.ENGLISH));
        assertEquals("姓名：A、B\\、C", Labels.read(three, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Name: 张三", Labels.read(Said.of("history.field", new Refusal.Label("history.field.resident.name"),
                Said.values(List.of("张三"))), Locale.ENGLISH));
    }

    enum Unlabelled {
        NOT_LABELLED
    }
}
