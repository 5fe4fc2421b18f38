package org.shegong.platform.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;

/** A refusal's (and an import row's reason's) key said in the reader's language from the platform's bundle, one language at a time. */
class ReasonsTest {

    @Test
    void aRefusalIsSaidInTheReadersLanguageWithItsArgumentsAndLabels() {
        Refusal r = new Refusal("activity.refused.type", "PARADE");
        assertEquals("There is no activity type PARADE", Reasons.text(r, Locale.ENGLISH));
        assertEquals("没有这种活动类型：PARADE", Reasons.text(r, Locale.SIMPLIFIED_CHINESE));
        assertEquals("没有这种活动类型：PARADE", Reasons.text(r, Locale.CHINESE), "any Chinese is the Chinese bundle");
        assertEquals("没有这种活动类型：文艺演出", Reasons.text(new Refusal("activity.refused.type",
                new Refusal.Label("label.ActivityType.PERFORMANCE")), Locale.SIMPLIFIED_CHINESE), "a label argument in the same language");
        assertEquals("Performance", Reasons.text("label.ActivityType.PERFORMANCE", List.of(), Locale.ENGLISH));
        assertEquals("no.such.key", Reasons.text(new Refusal("no.such.key"), Locale.ENGLISH), "a missing key shows as itself");
    }

    @Test
    void anOlderPairShowsOneHalf() {
        assertEquals("请选择成员", Reasons.text(new IllegalArgumentException("请选择成员 / choose the member"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("choose the member", Reasons.text(new IllegalArgumentException("请选择成员 / choose the member"), Locale.ENGLISH));
        assertEquals("plain", Reasons.inLanguage("plain", Locale.ENGLISH));
    }

    @Test
    void anImportRowsReasonIsAValueSaidInOneLanguageAlsoAfterTheViewIsSerialized() throws Exception {
        Reason note = Reason.of("import.note.cleaned", new Refusal.Label("import.field.name"));
        Reason nested = Reason.of("import.reason.idNumber", new Refusal("idNumber.refused.required"));
        Reason row = Reason.of("import.reason.sameIdAs", "1234");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of(note, nested, row)));
        }
        @SuppressWarnings("unchecked")
        List<Reason> back = (List<Reason>) new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(List.of(note, nested, row), back, "a view-scoped page keeps the rows with their reasons");
        assertEquals("Name: invisible characters or extra spaces removed", back.get(0).text(Locale.ENGLISH));
        assertEquals("姓名：已去掉不可见字符或多余空格", back.get(0).text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("ID number: " + Reasons.text(new Refusal("idNumber.refused.required"), Locale.ENGLISH),
                Reasons.text(back.get(1), Locale.ENGLISH), "a refusal inside a reason is said in the same language");
        assertEquals("身份证号与第 1234 行重复", back.get(2).text(Locale.SIMPLIFIED_CHINESE), "a row number is written as it is");
        assertEquals(List.of("Same ID number as row 1234"), Reasons.texts(List.of(row), Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, Reasons.language("en-US,zh;q=0.5"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language(null));
    }
}
