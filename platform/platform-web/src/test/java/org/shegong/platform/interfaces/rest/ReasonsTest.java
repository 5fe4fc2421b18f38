package org.shegong.platform.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;

/** A refusal's key said in the reader's language from the platform's bundle, one language at a time. */
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
}
