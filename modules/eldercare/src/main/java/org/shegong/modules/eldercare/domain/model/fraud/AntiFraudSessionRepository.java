package org.shegong.modules.eldercare.domain.model.fraud;

import java.util.List;
import java.util.Set;

/** The current tenant's anti-fraud sessions. */
public interface AntiFraudSessionRepository {

    void store(AntiFraudSession session);

    List<AntiFraudSession> atStreets(Set<String> streetCodes);
}
