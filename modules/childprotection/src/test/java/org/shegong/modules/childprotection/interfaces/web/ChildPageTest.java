package org.shegong.modules.childprotection.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.RecordNotFoundException;

/** The child page's address: no id is the chooser; an id that cannot name a child is "not found", as an unknown one. */
class ChildPageTest {

    @Test
    void anIdThatNamesNoChildIsNotFoundAndNoIdAtAllIsNone() {
        assertEquals(42L, ChildPage.asked("42"));
        assertEquals(42L, ChildPage.asked(" 42 "));
        assertNull(ChildPage.asked(null), "no id: the page points to the children's list");
        for (String notAnId : new String[] {"", " ", "abc", "-1", "4 2", "1e3", "0x2a", "1234567890123456789"}) {
            assertThrows(RecordNotFoundException.class, () -> ChildPage.asked(notAnId), "?id=" + notAnId);
        }
    }
}
