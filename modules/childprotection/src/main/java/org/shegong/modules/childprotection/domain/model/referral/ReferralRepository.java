package org.shegong.modules.childprotection.domain.model.referral;

import java.util.List;
import java.util.Optional;

public interface ReferralRepository {

    void store(ChildReferral referral);

    Optional<ChildReferral> find(long id);

    List<ChildReferral> ofCase(long caseId);
}
