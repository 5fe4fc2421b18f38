package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A conversion message names the field by its label, not by its component id. */
class MessageLabelsTest {

    @Test
    void theComponentIdGivesWayToTheLabel() {
        assertEquals("数值：“abc”必须为带符号十进制数",
                MessageLabels.relabel("visitForm:value：“abc”必须为带符号十进制数", "visitForm:value", "数值"));
        assertEquals("already plain", MessageLabels.relabel("already plain", "visitForm:value", "数值"));
        assertEquals(null, MessageLabels.relabel(null, "visitForm:value", "数值"));
    }
}
