package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.session.SessionRepository;

/**
 * The module's figures per street for the platform's metrics: numbers only, inside the asking tenant,
 * no person behind them (so no need-to-know rule and no permission: the platform calls them for
 * contract progress and dashboards, which suppress small counts of these sensitive figures).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChildFigures {

    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    @Inject
    CaseRepository cases;

    @Inject
    SessionRepository sessions;

    public Map<String, Long> casesOpened(Set<String> streets, LocalDate from, LocalDate to) {
        return cases.countOpenedPerStreet(streets, start(from), start(to.plusDays(1)));
    }

    public Map<String, Long> casesClosed(Set<String> streets, LocalDate from, LocalDate to) {
        return cases.countClosedPerStreet(streets, start(from), start(to.plusDays(1)));
    }

    public Map<String, Long> highRiskOpen(Set<String> streets, LocalDate from, LocalDate to) {
        return cases.countHighRiskOpenPerStreet(streets, start(to.plusDays(1)));
    }

    public Map<String, Long> plansApproved(Set<String> streets, LocalDate from, LocalDate to) {
        return cases.countPlansApprovedPerStreet(streets, start(from), start(to.plusDays(1)), false);
    }

    public Map<String, Long> plansOnTime(Set<String> streets, LocalDate from, LocalDate to) {
        return cases.countPlansApprovedPerStreet(streets, start(from), start(to.plusDays(1)), true);
    }

    public Map<String, Long> sessionsHeld(Set<String> streets, LocalDate from, LocalDate to) {
        return sessions.countPerStreet(streets, from, to);
    }

    public Map<String, Long> childrenServed(Set<String> streets, LocalDate from, LocalDate to) {
        return sessions.countChildrenPerStreet(streets, from, to);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(STATIONS).toInstant();
    }
}
