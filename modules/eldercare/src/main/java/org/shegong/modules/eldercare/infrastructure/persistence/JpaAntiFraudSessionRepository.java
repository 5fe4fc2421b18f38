package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.fraud.AntiFraudSession;
import org.shegong.modules.eldercare.domain.model.fraud.AntiFraudSessionRepository;

@ApplicationScoped
public class JpaAntiFraudSessionRepository implements AntiFraudSessionRepository {

    @Inject
    ElderUnit unit;

    @Override
    public void store(AntiFraudSession session) {
        unit.persist(session, session.getId());
    }

    @Override
    public List<AntiFraudSession> atStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select s from AntiFraudSession s where s.streetCode in :s order by s.heldOn desc, s.id desc",
                AntiFraudSession.class).setParameter("s", streetCodes).getResultList();
    }
}
