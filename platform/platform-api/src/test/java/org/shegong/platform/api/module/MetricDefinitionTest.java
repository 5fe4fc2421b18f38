package org.shegong.platform.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.job.TenantJob;

class MetricDefinitionTest {

    private static final MetricCounter NOTHING = (streets, from, to) -> Map.of();

    @Test
    void aRatioNamesTwoDifferentCountsAndCountsNothingItself() {
        MetricDefinition coverage = MetricDefinition.ratio("eldercare.anti-fraud-coverage", "k",
                "eldercare.reached-by-anti-fraud", "eldercare.elders-served");
        assertTrue(coverage.isRatio());
        assertTrue(coverage.countsWith().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MetricDefinition.ratio("x.y", "k", "x.a", "x.a"));
        assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("x.y", "k", MetricKind.RATIO, NOTHING, "x.a", "x.b"));
        assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("x.y", "k", MetricKind.EVENTS_IN_PERIOD, null, null, null));
        assertEquals(MetricKind.SNAPSHOT_AT_DATE, MetricDefinition.snapshotAtDate("x.y", "k", NOTHING).kind());
    }

    @Test
    void streetCountsAddRowsOfTheSameStreet() {
        assertEquals(Map.of("a", 3L, "b", 1L), StreetCounts.of(List.of(new Object[] {"a", 2L}, new Object[] {"b", 1}, new Object[] {"a", 1L})));
    }

    @Test
    void aPanelNeedsAPermissionAndAFragmentUnderWebInf() {
        Permission see = new Permission("xx.panel.see", Set.of(Role.STATION_LEAD));
        assertThrows(NullPointerException.class, () -> new Panel("p", PanelSlot.STATION_START, "k", "/WEB-INF/x/p.xhtml", null, 1));
        assertThrows(IllegalArgumentException.class, () -> new Panel("p", PanelSlot.STATION_START, "k", "x/p.xhtml", see, 1));
        // a fragment at an address of its own is a page anyone may open: it was a blank one
        assertThrows(IllegalArgumentException.class, () -> new Panel("p", PanelSlot.STATION_START, "k", "/x/p.xhtml", see, 1));
        assertEquals("/WEB-INF/x/p.xhtml", new Panel("p", PanelSlot.STATION_START, "k", "/WEB-INF/x/p.xhtml", see, 1).include());
    }

    @Test
    void onlyAPanelOnARecordsPageIsShownPerRecord() {
        Permission see = new Permission("xx.panel.see", Set.of(Role.STATION_LEAD));
        Panel always = new Panel("p", PanelSlot.RESIDENT_PAGE, "k", "/WEB-INF/x/p.xhtml", see, 1);
        assertTrue(always.isShownFor(7) && always.isShownFor(8), "by default a panel is shown for every record");
        Panel evenOnly = always.onlyFor(id -> id % 2 == 0);
        assertTrue(evenOnly.isShownFor(8));
        assertFalse(evenOnly.isShownFor(7), "the module's say decides, record by record");
        assertEquals(always.include(), evenOnly.include());
        Panel station = new Panel("s", PanelSlot.STATION_START, "k", "/WEB-INF/x/s.xhtml", see, 1);
        assertThrows(IllegalArgumentException.class, () -> station.onlyFor(id -> false), "a start page has no record to ask about");
        assertThrows(NullPointerException.class, () -> always.onlyFor(null));
    }

    @Test
    void aJobIsNamedByItsModuleAndRunsAtMostOnceAMinute() {
        assertEquals("eldercare", new TenantJob("eldercare.overdue-check", Duration.ofHours(1), run -> { }).moduleId());
        assertThrows(IllegalArgumentException.class, () -> new TenantJob("overdue-check", Duration.ofHours(1), run -> { }));
        assertThrows(IllegalArgumentException.class, () -> new TenantJob("xx.sweep", Duration.ofSeconds(5), run -> { }));
    }

    @Test
    void aFigureIsSensitiveOnlyWhenMarked() {
        MetricDefinition plain = MetricDefinition.ratio("x.r", "k", "x.a", "x.b");
        assertFalse(plain.sensitive());
        MetricDefinition marked = plain.asSensitive();
        assertTrue(marked.sensitive());
        assertEquals(plain.code(), marked.code());
    }
}
