package org.shegong.platform.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

class ErrorBodyTest {

    @Test
    void theCallersFirstChoiceOfEnglishOrChineseWinsAndChineseIsTheDefault() {
        assertEquals(Locale.ENGLISH, ErrorBody.language("en-GB,en;q=0.9,zh;q=0.5"));
        assertEquals(Locale.ENGLISH, ErrorBody.language("fr, EN-us;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ErrorBody.language("zh-CN,zh;q=0.9,en;q=0.5"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ErrorBody.language("fr"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ErrorBody.language(""));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ErrorBody.language(null));
    }

    @Test
    void theBodyHoldsTheReasonInOneLanguageAndItsKey() {
        JsonObject english = parse(ErrorBody.json(new Refusal("staff.refused.sameName", "张三"), Locale.ENGLISH));
        assertEquals("staff.refused.sameName", english.getString("key"));
        assertEquals("a staff member of this name exists: 张三", english.getString("error"));
        JsonObject chinese = parse(ErrorBody.json("body.refused.wrongType", Locale.SIMPLIFIED_CHINESE, "name",
                new Refusal.Label("body.type.text")));
        assertEquals("name：应为文本", chinese.getString("error"));
        assertEquals("operator.refused.name", parse(ErrorBody.json("operator.refused.name", Locale.ENGLISH)).getString("key"));
        assertEquals("enter the operator's name (at most 200 characters)",
                parse(ErrorBody.json("operator.refused.name", Locale.ENGLISH)).getString("error"), "an apostrophe survives MessageFormat");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
