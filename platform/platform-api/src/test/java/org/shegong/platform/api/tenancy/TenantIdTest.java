package org.shegong.platform.api.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void keepsAWellFormedCode() {
        assertEquals("huide", TenantId.of("huide").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "Huide", "1abc", "huide; drop table", "h"})
    void refusesMalformedCodes(String code) {
        assertThrows(IllegalArgumentException.class, () -> TenantId.of(code));
    }
}
