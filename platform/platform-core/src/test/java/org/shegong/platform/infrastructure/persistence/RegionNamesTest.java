package org.shegong.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.domain.model.region.RegionsChanged;

/** The names are read once, again after the region tree changed, and again for an id not yet known. */
class RegionNamesTest {

    /** What the region table holds; each read of the names counts. */
    private final List<Object[]> table = new ArrayList<>();
    private int reads;

    @Test
    void readsOnceThenAnswersFromMemory() {
        RegionNames names = names();
        table.add(new Object[] {1L, "老军营社区"});
        table.add(new Object[] {2L, "新建路社区"});
        assertEquals("老军营社区", names.of(1));
        assertEquals("新建路社区", names.of(2));
        assertEquals("老军营社区", names.of(1));
        assertEquals(1, reads);
    }

    @Test
    void aChangedTreeIsReadAgain() {
        RegionNames names = names();
        table.add(new Object[] {1L, "老军营社区"});
        assertEquals("老军营社区", names.of(1));
        table.set(0, new Object[] {1L, "老军营东社区"});
        assertEquals("老军营社区", names.of(1), "no change announced: the names in memory");
        names.regionsChanged(new RegionsChanged());
        assertEquals("老军营东社区", names.of(1));
        assertEquals(2, reads);
    }

    @Test
    void anUnknownIdReadsAgainAndUnknownStaysNull() {
        RegionNames names = names();
        table.add(new Object[] {1L, "老军营社区"});
        assertEquals("老军营社区", names.of(1));
        table.add(new Object[] {3L, "后建社区"});
        assertEquals("后建社区", names.of(3));
        assertNull(names.of(99));
        assertEquals(3, reads);
    }

    private RegionNames names() {
        RegionNames names = new RegionNames();
        TypedQuery<?> query = (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (p, m, args) -> {
                    if (m.getName().equals("getResultList")) {
                        reads++;
                        return List.copyOf(table);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        names.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (p, m, args) -> {
                    if (m.getName().equals("createQuery") && args.length == 2 && args[1] == Object[].class) {
                        assertEquals("select r.id, r.name from Region r", args[0]);
                        return query;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return names;
    }
}
