package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.Step;

/**
 * The daily deadline check (the tenant job {@code childprotection.deadlines}), inside one tenant: each open
 * case marks what is overdue (the caseload and the lead's start page show it) and escalates to the lead,
 * once, what is still overdue after the grace period ({@code module.childprotection.escalate-after-hours}).
 * Running it twice on one day changes nothing the second time. No permission: it runs as the system.
 */
@ApplicationScoped
@Transactional
public class DeadlineWatch {

    public static final String SYSTEM = "system";

    @Inject
    CaseRepository cases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "module.childprotection.escalate-after-hours", defaultValue = "24")
    int escalateAfterHours;

    /** Checks every open case of the current tenant at the clock's now; returns how many steps were written. */
    public int check() {
        return checkAt(clock.instant());
    }

    /** As {@link #check()}, at a given time (a test's fixed day). */
    public int checkAt(Instant now) {
        int written = 0;
        for (ChildCase c : cases.allOpen()) {
            for (Step step : c.checkDeadlines(now, Duration.ofHours(escalateAfterHours), SYSTEM)) {
                cases.append(new CaseStep(c.getId(), step));
                written++;
            }
            cases.store(c);
        }
        return written;
    }
}
