package org.shegong.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

    @Test
    void aReasonInBothLanguagesShowsInThePagesLanguageOnly() {
        String both = "请填写舒张压 / the diastolic value is required";
        assertEquals("请填写舒张压", PageMessages.inLanguage(both, Locale.SIMPLIFIED_CHINESE));
        assertEquals("the diastolic value is required", PageMessages.inLanguage(both, Locale.ENGLISH));
        assertEquals("血压读数须在 50–300 mmHg 之间", PageMessages.inLanguage(
                "血压读数须在 50–300 mmHg 之间 / blood pressure must be 50–300 mmHg: 20", Locale.CHINESE));
        assertEquals("a club named 书画队 exists", PageMessages.inLanguage("已有同名社团：书画队 / a club named 书画队 exists",
                Locale.ENGLISH), "the English part may quote a Chinese name");
    }

    @Test
    void aTextThatIsNotAPairIsKeptWhole() {
        assertEquals("已保存", PageMessages.inLanguage("已保存", Locale.ENGLISH));
        assertEquals("a / b", PageMessages.inLanguage("a / b", Locale.CHINESE));
        assertEquals("张三 / 李四", PageMessages.inLanguage("张三 / 李四", Locale.ENGLISH));
        assertEquals("中文 / ", PageMessages.inLanguage("中文 / ", Locale.ENGLISH));
        assertEquals(null, PageMessages.inLanguage(null, Locale.ENGLISH));
    }
}
