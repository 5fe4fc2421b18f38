package org.shegong.platform.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;

/** "Visible to its assigned workers and the station lead", decided on a record and written as JPQL. */
class RecordRuleTest {

    static final RecordRule RULE = RecordRule.assignedWorkersAndStationLead("streetCode", "workerId", "secondWorkerId");

    record Person(Set<Role> roles, Optional<Long> staffId, Set<String> stationCodes) implements SignedIn {
        public String username() {
            return "someone";
        }

        public String displayName() {
            return "someone";
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }

        public Set<String> selectedStationCodes() {
            return stationCodes;
        }
    }

    static final Person WORKER = new Person(Set.of(Role.SOCIAL_WORKER), Optional.of(7L), Set.of("A"));
    static final Person LEAD = new Person(Set.of(Role.STATION_LEAD), Optional.of(9L), Set.of("A"));
    static final Person NO_STAFF = new Person(Set.of(Role.SOCIAL_WORKER), Optional.empty(), Set.of("A"));

    @Test
    void aWorkerSeesTheRecordsAssignedToThemAtTheirStationsOnly() {
        assertTrue(RULE.allows(WORKER, "A", 7L, null));
        assertTrue(RULE.allows(WORKER, "A", 3L, 7L), "as the second worker");
        assertFalse(RULE.allows(WORKER, "A", 3L, null), "someone else's");
        assertFalse(RULE.allows(WORKER, "B", 7L, null), "assigned, but at another station");
        assertFalse(RULE.allows(NO_STAFF, "A", 7L, null));
    }

    @Test
    void theLeadSeesEveryRecordOfTheirStations() {
        assertTrue(RULE.allows(LEAD, "A", 3L, null));
        assertFalse(RULE.allows(LEAD, "B", 9L, null));
    }

    @Test
    void theJpqlSaysTheSame() {
        RecordRule.Clause worker = RULE.jpql(WORKER, "c");
        assertEquals("(c.streetCode in :rr_streets and (c.workerId = :rr_staff or c.secondWorkerId = :rr_staff))", worker.where());
        assertEquals(Map.of("rr_streets", Set.of("A"), "rr_staff", 7L), worker.parameters());
        assertEquals("(c.streetCode in :rr_streets)", RULE.jpql(LEAD, "c").where());
        assertEquals("(c.streetCode is null and c.streetCode is not null)", RULE.jpql(NO_STAFF, "c").where(),
                "no staff record: nothing");
        assertEquals(Map.of(), RULE.jpql(NO_STAFF, "c").parameters());
    }
}
