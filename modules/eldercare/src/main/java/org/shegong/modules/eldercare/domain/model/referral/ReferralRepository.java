package org.shegong.modules.eldercare.domain.model.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's referrals. */
public interface ReferralRepository {

    void store(Referral referral);

    Optional<Referral> find(long id);

    List<Referral> atStreets(Set<String> streetCodes);
    /** Referrals served within the period, per street code. */
    Map<String, Long> countServedPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);
}
