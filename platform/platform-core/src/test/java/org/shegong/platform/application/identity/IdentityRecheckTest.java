package org.shegong.platform.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;

/** A page session's identity is looked up again now and then: ended, renewed or, unknown, kept. */
class IdentityRecheckTest {

    private static final TenantId HOPE = TenantId.of("hope");
    private static final Identity LEAD = new Identity("yingze.lead", "苗婷婷", Set.of(Role.STATION_LEAD), Optional.of(HOPE),
            Set.of("140106001000"), Optional.empty());
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void aSessionIsDueOnlyOnceTheIntervalHasPassed() {
        Duration three = Duration.ofMinutes(3);
        assertFalse(IdentityRecheck.isDue(T0, T0.plusSeconds(179), three));
        assertTrue(IdentityRecheck.isDue(T0, T0.plusSeconds(180), three));
        assertTrue(IdentityRecheck.isDue(null, T0, three), "a session never checked is due");
        assertTrue(IdentityRecheck.isDue(T0, T0, Duration.ZERO), "interval 0 checks every request");
    }

    @Test
    void aDisabledOrDeletedAccountEndsTheSession() {
        assertEquals(Optional.empty(), IdentityRecheck.apply(LEAD, new AccountStanding.Ended()));
    }

    @Test
    void whenKeycloakDoesNotAnswerTheSessionKeepsItsIdentity() {
        assertEquals(Optional.of(LEAD), IdentityRecheck.apply(LEAD, new AccountStanding.Unknown("connection refused")));
    }

    @Test
    void newRolesAndStationsReplaceTheOldOnes() {
        Identity now = IdentityRecheck.apply(LEAD, new AccountStanding.Active(Set.of(Role.SOCIAL_WORKER), Optional.of(HOPE),
                Set.of("140106002000"), Optional.empty())).orElseThrow();
        assertEquals(Set.of(Role.SOCIAL_WORKER), now.roles());
        assertEquals(Set.of("140106002000"), now.stations());
        assertEquals("苗婷婷", now.displayName());
        assertEquals("yingze.lead", now.username());
    }

    @Test
    void anAccountMovedToAnotherOperatorEndsTheSession() {
        assertEquals(Optional.empty(), IdentityRecheck.apply(LEAD, new AccountStanding.Active(Set.of(Role.STATION_LEAD),
                Optional.of(TenantId.of("huide")), Set.of("140106001000"), Optional.empty())));
        assertEquals(Optional.empty(), IdentityRecheck.apply(LEAD, new AccountStanding.Active(Set.of(Role.STATION_LEAD),
                Optional.empty(), Set.of(), Optional.empty())));
    }
}
