package org.shegong.modules.clubs.domain.model.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.modules.clubs.domain.model.charter.LineDiff.Kind;
import org.shegong.modules.clubs.domain.model.charter.LineDiff.Row;

class ChartersTest {

    static final Instant T = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void theCurrentCharterIsTheLastApprovedNotTheLastProposed() {
        Charter v1 = new Charter(1, 1, "第一条", "w", T);
        Charter v2 = new Charter(1, 2, "第一条\n第二条", "w", T.plusSeconds(60));
        Charter v3 = new Charter(1, 3, "草案", "w", T.plusSeconds(120));
        assertTrue(Charters.current(List.of(v1, v2, v3)).isEmpty(), "nothing approved: no charter in force");
        v1.approve("lead", true, T.plusSeconds(200));
        v2.approve("lead", true, T.plusSeconds(300));
        assertEquals(2, Charters.current(List.of(v1, v2, v3)).orElseThrow().getVersionNo());
        assertEquals(4, Charters.nextVersion(List.of(v1, v2, v3)));
        IllegalArgumentException worker = assertThrows(IllegalArgumentException.class, () -> v3.approve("w", false, T));
        assertEquals("clubs.refused.charterByLead", ((Refusal) worker).key());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> v2.approve("lead", true, T));
        assertEquals("clubs.refused.charterApproved", ((Refusal) twice).key());
        assertEquals(List.of("2"), ((Refusal) twice).args(), "the version is named");
        assertThrows(IllegalArgumentException.class, () -> new Charter(1, 5, "  ", "w", T));
    }

    @Test
    void aLineDiffAlignsWhatStayedAndPairsWhatChanged() {
        List<Row> rows = LineDiff.of("总则\n会员每月活动一次\n会费自愿\n附则", "总则\n会员每周活动一次\n附则\n新增：设指导老师");
        assertEquals(List.of(
                new Row(Kind.SAME, "总则", "总则"),
                new Row(Kind.CHANGED, "会员每月活动一次", "会员每周活动一次"),
                new Row(Kind.REMOVED, "会费自愿", null),
                new Row(Kind.SAME, "附则", "附则"),
                new Row(Kind.ADDED, null, "新增：设指导老师")), rows);
        assertEquals(List.of(new Row(Kind.ADDED, null, "a")), LineDiff.of("", "a"));
    }
}
