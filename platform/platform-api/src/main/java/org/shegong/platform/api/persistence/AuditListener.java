package org.shegong.platform.api.persistence;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/**
 * Fills the who/when columns of {@link AuditedEntity}. The actor comes from the one
 * {@link Actor} bean of the current context; work without a person behind it is recorded as
 * {@link Actor#SYSTEM}.
 */
public class AuditListener {

    @PrePersist
    void created(AuditedEntity entity) {
        entity.stampCreated(actor(), now());
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.stampUpdated(actor(), now());
    }

    private static String actor() {
        var actors = CDI.current().select(Actor.class);
        if (!actors.isResolvable()) {
            return Actor.SYSTEM;
        }
        try {
            return actors.get().name();
        } catch (ContextNotActiveException outsideARequest) {
            return Actor.SYSTEM;
        }
    }

    private static Instant now() {
        var clocks = CDI.current().select(Clock.class);
        return (clocks.isResolvable() ? clocks.get() : Clock.systemUTC()).instant();
    }
}
