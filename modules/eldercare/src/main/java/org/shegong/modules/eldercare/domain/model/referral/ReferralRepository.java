package org.shegong.modules.eldercare.domain.model.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's referrals. */
public interface ReferralRepository {

    void store(Referral referral);

    Optional<Referral> find(long id);

    List<Referral> atStreets(Set<String> streetCodes);

    /** Served within the period (a referral completed for the elder). */
    long countServed(Set<String> streetCodes, LocalDate from, LocalDate to);
}
