package org.shegong.modules.clubs.domain.model.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void computesTheCheckCharacterOfGb32100() {
        // 91350100M000100Y43 is the standard's published example (an enterprise: it starts with 9).
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertEquals("51140106MJ0000001H", CreditCode.of("51140106MJ0000001H").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"51140106MJ0000001A", "51140106MJ000000IH", "91350100M000100Y43", "51140106MJ000001H", ""})
    void refusesAWrongCheckCharacterAnInvalidCharacterAnotherAuthorityOrLength(String code) {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.of(code));
    }
}
