package org.shegong.platform.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/** Issue 10 items 2 and 7, without a server: what the gate lets through to JSON-B and what it refuses, with why. */
class JsonBodyGateTest {

    record Change(long version, String name, String idNumber, Set<ResidentCategory> categories, LocalDate on,
                  Map<String, Integer> scores) {
    }

    private static String refusal(String json) {
        return assertThrows(JsonBodyGate.BadBody.class, () -> JsonBodyGate.check(json, Change.class), json).getMessage();
    }

    @Test
    void aWellFormedBodyPasses() {
        assertDoesNotThrow(() -> JsonBodyGate.check("""
                {"version": 3, "name": "张三 👵", "idNumber": null, "categories": ["ELDER"], "on": "2026-02-28",
                 "scores": {"FEEDING": 10}}""", Change.class));
    }

    /** The bodies that sent Yasson into an endless loop are refused at once, by a parser that stops at the end. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{", "{\"a\":{\"b\":[", "{\"version\":1,\"x\":{\"y\":{\"z\":", "{\"a\":[{", "{", "[", "{\"name\":\"abc",
            "{\"a\":{\"b\":1}", "{\"name\": 不是JSON}"})
    void truncatedOrMalformedBodiesAreRefusedQuickly(String json) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertTrue(refusal(json).contains("JSON"), json));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertTrue(refusal("{\"version\":1,\"a\":{}}").contains("未知字段"));
    }

    @Test
    void wrongTypesAreRefusedWithTheField() {
        assertTrue(refusal("{\"name\": true}").startsWith("name："));
        assertTrue(refusal("{\"name\": 1.5}").startsWith("name："));
        assertTrue(refusal("{\"version\": \"1\"}").startsWith("version："));
        assertTrue(refusal("{\"version\": 1.5}").contains("整数"));
        assertTrue(refusal("{\"version\": 9223372036854775808}").contains("范围"));
        assertTrue(refusal("{\"categories\": \"ELDER\"}").startsWith("categories："));
        assertTrue(refusal("{\"categories\": [\"NO_SUCH\"]}").contains("未知取值"));
        assertTrue(refusal("{\"scores\": {\"FEEDING\": \"ten\"}}").startsWith("scores.FEEDING："));
    }

    @Test
    void aNullInAListIsRefused() {
        assertTrue(refusal("{\"categories\": [null]}").contains("空值"));
    }

    @Test
    void datesMustBeRealAndWithinSensibleYears() {
        for (String date : List.of("2026-02-30", "+999999999-01-01", "-999999999-01-01", "0001-01-01", "9999-12-31", "1899-12-31",
                "yesterday")) {
            assertTrue(refusal("{\"on\": \"" + date + "\"}").startsWith("on："), date);
        }
        assertDoesNotThrow(() -> JsonBodyGate.check("{\"on\": \"1900-01-01\"}", Change.class));
    }

    @Test
    void controlAndInvisibleCharactersAreRefused() {
        for (String sneaky : List.of("\\u0000", "\\u0007", "\\u202e", "\\u200b", "\\u200d", "\\ufeff", "\\ud800")) {
            assertTrue(refusal("{\"name\": \"张" + sneaky + "三\"}").contains("控制字符"), sneaky);
        }
    }

    @Test
    void hugeStringsAreRefused() {
        assertTrue(refusal("{\"name\": \"" + "长".repeat(100_000) + "\"}").contains("过长"));
    }
}
