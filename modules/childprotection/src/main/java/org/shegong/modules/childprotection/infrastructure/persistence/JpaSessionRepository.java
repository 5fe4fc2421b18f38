package org.shegong.modules.childprotection.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.session.ServiceSession;
import org.shegong.modules.childprotection.domain.model.session.SessionRepository;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @Inject
    ChildUnit unit;

    @Override
    public void store(ServiceSession session) {
        unit.persist(session, session.getId());
    }

    @Override
    public List<ServiceSession> ofCase(long caseId) {
        return unit.em().createQuery("select s from ServiceSession s where s.caseId = :c order by s.heldOn desc, s.id desc",
                ServiceSession.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return count("count(s)", streetCodes, from, to);
    }

    @Override
    public Map<String, Long> countChildrenPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return count("count(distinct s.childId)", streetCodes, from, to);
    }

    private Map<String, Long> count(String what, Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select s.streetCode, " + what + " from ServiceSession s where s.streetCode in :s "
                        + "and s.heldOn between :f and :t group by s.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from).setParameter("t", to).getResultList());
    }
}
