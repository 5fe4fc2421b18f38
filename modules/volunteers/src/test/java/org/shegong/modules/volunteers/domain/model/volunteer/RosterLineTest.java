package org.shegong.modules.volunteers.domain.model.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterLineTest {

    @Test
    void typedValuesAreMadeRegularWithoutChangingWhatTheySay() {
        assertEquals("11010519491231002X", RosterLine.regular("１１０１０５１９４９１２３１００２Ｘ\u00A0"));
        assertEquals("13912345678", RosterLine.mobile("+86 139-1234-5678"));
        assertEquals("13912345678", RosterLine.mobile("１３９ １２３４ ５６７８"));
        assertEquals("张三", RosterLine.regular("\u200B张三\u3000"));
    }

    @Test
    void genderFromTheRowOrFromTheIdNumber() {
        assertEquals(Optional.of(Gender.FEMALE), RosterLine.gender(" 女 "));
        assertEquals(Optional.empty(), RosterLine.gender(""));
        assertThrows(IllegalArgumentException.class, () -> RosterLine.gender("未知"));
        assertEquals(Gender.FEMALE, RosterLine.genderOf("11010519491231002X"));
        assertEquals(Gender.MALE, RosterLine.genderOf("110105194912310013"));
    }

    @Test
    void kindsBySomeNamePeopleUseAndSkillsAsTags() {
        assertEquals(Optional.of(AffiliationKind.UNIVERSITY), RosterLine.kind("高校"));
        assertEquals(Optional.of(AffiliationKind.ENTERPRISE), RosterLine.kind("公司"));
        assertTrue(RosterLine.kind(" ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RosterLine.kind("外星"));
        assertEquals(Set.of("陪伴", "急救", "书法"), RosterLine.skills("陪伴、急救，书法 "));
    }
}
