package org.shegong.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void typedWildcardsAndBackslashMatchThemselves() {
        assertEquals("%书画%", LikePattern.containing(" 书画 "));
        assertEquals("%100\\%%", LikePattern.containing("100%"));
        assertEquals("%a\\_b%", LikePattern.containing("a_b"));
        assertEquals("%c:\\\\d%", LikePattern.containing("c:\\d"));
    }
}
