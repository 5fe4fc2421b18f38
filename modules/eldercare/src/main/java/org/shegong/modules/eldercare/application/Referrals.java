package org.shegong.modules.eldercare.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.referral.Referral;
import org.shegong.modules.eldercare.domain.model.referral.ReferralRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.PartnerCard;
import org.shegong.platform.api.directory.PartnerCards;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.records.RecordNotFoundException;

/** Referrals of elders to the operator's medical partners (医疗机构上门), tracked against an SLA. */
@ApplicationScoped
@Transactional
public class Referrals {

    /** The partner type of medical institutions in the platform's register. */
    public static final String MEDICAL = "MEDICAL_INSTITUTION";

    @Inject
    ReferralRepository referrals;

    @Inject
    PartnerCards partners;

    @Inject
    MyElders myElders;

    @Inject
    ElderCareSettings settings;

    @Inject
    Clock clock;

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerCard> medicalPartners() {
        return partners.all().stream().filter(p -> MEDICAL.equals(p.type())).toList();
    }

    /** Refers a resident of my stations; {@code slaDays} null takes the configured default. */
    @RequiresPermission(ElderCarePermissions.PLAN)
    public Referral refer(long residentId, long partnerId, String reason, Integer slaDays) {
        ResidentCard resident = myElders.resident(residentId);
        PartnerCard partner = partners.partner(partnerId).filter(p -> MEDICAL.equals(p.type()))
                .orElseThrow(() -> new Refusal("eldercare.refused.unknownPartner", String.valueOf(partnerId)));
        Referral referral = new Referral(residentId, resident.streetCode(), resident.name(), partner.id(), partner.name(),
                reason, LocalDate.now(clock), slaDays == null ? settings.referralSlaDays() : slaDays);
        referrals.store(referral);
        return referral;
    }

    /** Moves a referral one step on: accepted, served, closed. */
    @RequiresPermission(ElderCarePermissions.PLAN)
    public Referral advance(long referralId, String outcome) {
        Referral referral = referrals.find(referralId).orElseThrow(() -> new RecordNotFoundException("转介 referral", referralId));
        myElders.require(referral, "转介 referral", referralId);
        referral.advance(LocalDate.now(clock), outcome);
        referrals.store(referral);
        return referral;
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> atStreets(Set<String> streetCodes) {
        return referrals.atStreets(streetCodes);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
