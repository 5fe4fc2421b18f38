package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;
import org.shegong.modules.childprotection.domain.model.child.Consent;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.PartnerKind;
import org.shegong.modules.childprotection.domain.model.referral.ReferralRepository;
import org.shegong.modules.childprotection.domain.model.referral.ReferralStatus;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/** Referrals (转介) of a case's needs to partners, with the consent they need and an SLA. */
@ApplicationScoped
@Transactional
public class ChildReferrals {

    public static final int DEFAULT_SLA_DAYS = 7;

    @Inject
    ReferralRepository referrals;

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    CaseWork caseWork;

    @Inject
    NeedToKnow needToKnow;

    @Inject
    Clock clock;

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildReferral refer(long caseId, PartnerKind kind, String partnerName, String reason, Integer slaDays) {
        ChildCase c = caseWork.workable(caseId);
        Consent consent = children.find(c.getChildId()).map(Child::getConsent).orElse(Consent.none());
        ChildReferral r = new ChildReferral(c, consent, kind, partnerName, reason, LocalDate.now(clock),
                slaDays == null ? DEFAULT_SLA_DAYS : slaDays);
        referrals.store(r);
        return r;
    }

    /**
     * The child page's form: the SLA given as the day it is due by (the page prefills {@link #defaultDueBy});
     * no day is the default SLA. The domain refuses a day outside 1–90 days from today.
     */
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildReferral referDueBy(long caseId, PartnerKind kind, String partnerName, String reason, LocalDate dueBy) {
        Integer days = dueBy == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                ChronoUnit.DAYS.between(today(), dueBy)));
        return refer(caseId, kind, partnerName, reason, days);
    }

    /** The due day a new referral gets without one chosen: today plus the default SLA. */
    public LocalDate defaultDueBy() {
        return today().plusDays(DEFAULT_SLA_DAYS);
    }

    /** Records the partner's answer: accepted, done (with the outcome) or refused (with its reason). */
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public ChildReferral answer(long referralId, ReferralStatus status, String text) {
        ChildReferral r = referrals.find(referralId).filter(needToKnow::byRule)
                .orElseThrow(() -> new RecordNotFoundException("转介 referral", referralId));
        LocalDate today = LocalDate.now(clock);
        if (status == null) {
            throw new Refusal("childprotection.refused.chooseStatus");
        }
        switch (status) {
            case ACCEPTED -> r.accept(today);
            case DONE -> r.done(today, text);
            case REFUSED -> r.refuse(today, text);
            default -> throw new Refusal("childprotection.refused.notAStatus", new Refusal.Label(status.labelKey()));
        }
        referrals.store(r);
        return r;
    }

    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildReferral> ofCase(long caseId) {
        ChildCase c = needToKnow.require(caseWork.find(caseId));
        return referrals.ofCase(c.getId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
