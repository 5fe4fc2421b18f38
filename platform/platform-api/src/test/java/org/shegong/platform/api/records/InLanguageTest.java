package org.shegong.platform.api.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InLanguageTest {

    @Test
    void aReasonInBothLanguagesShowsInThePagesLanguageOnly() {
        String both = "请填写舒张压 / the diastolic value is required";
        assertEquals("请填写舒张压", Reasons.inLanguage(both, Locale.SIMPLIFIED_CHINESE));
        assertEquals("the diastolic value is required", Reasons.inLanguage(both, Locale.ENGLISH));
        assertEquals("血压读数须在 50–300 mmHg 之间", Reasons.inLanguage(
                "血压读数须在 50–300 mmHg 之间 / blood pressure must be 50–300 mmHg: 20", Locale.CHINESE));
        assertEquals("a club named 书画队 exists", Reasons.inLanguage("已有同名社团：书画队 / a club named 书画队 exists",
                Locale.ENGLISH), "the English part may quote a Chinese name");
    }

    @Test
    void aTextThatIsNotAPairIsKeptWhole() {
        assertEquals("已保存", Reasons.inLanguage("已保存", Locale.ENGLISH));
        assertEquals("a / b", Reasons.inLanguage("a / b", Locale.CHINESE));
        assertEquals("张三 / 李四", Reasons.inLanguage("张三 / 李四", Locale.ENGLISH));
        assertEquals("中文 / ", Reasons.inLanguage("中文 / ", Locale.ENGLISH));
        assertEquals(null, Reasons.inLanguage(null, Locale.ENGLISH));
    }

    @Test
    void aRecordNotFoundNamesItsKindInTheReadersLanguageOnly() {
        String message = new RecordNotFoundException("老人档案 elder profile", 12).getMessage();
        assertEquals("未找到老人档案 12", Reasons.inLanguage(message, Locale.SIMPLIFIED_CHINESE));
        assertEquals("no elder profile with id 12", Reasons.inLanguage(message, Locale.ENGLISH));
        assertEquals("未找到章程 3", Reasons.inLanguage(new RecordNotFoundException("章程", 3).getMessage(), Locale.CHINESE),
                "a kind named in Chinese only stays whole");
    }

    @Test
    void theCallersLanguageFollowsTheWeightsOfAcceptLanguage() {
        assertEquals(Locale.ENGLISH, Reasons.language("en-US,en;q=0.9,zh-CN;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language("en;q=0.1,zh"), "the weight, not the order, decides");
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language(null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language("fr"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Reasons.language(";;q=x"), "a malformed header: the default");
    }
}
