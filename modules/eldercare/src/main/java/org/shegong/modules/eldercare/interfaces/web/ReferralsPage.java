package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.Referrals;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.referral.Referral;
import org.shegong.platform.api.directory.PartnerCard;
import org.shegong.platform.api.identity.SignedIn;

/** Referrals to medical partners of the selected stations, overdue ones highlighted; refer and advance. */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Referrals referrals;

    @Inject
    transient ElderRegister register;

    @Inject
    transient SignedIn signedIn;

    private Long residentId;
    private Long partnerId;
    private String reason;
    private Integer slaDays;
    private String outcome;

    public List<Referral> getReferrals() {
        return referrals.atStreets(signedIn.selectedStationCodes());
    }

    public List<PartnerCard> getPartners() {
        return referrals.medicalPartners();
    }

    public List<ElderProfile> getElders() {
        return register.eldersAt(signedIn.selectedStationCodes());
    }

    public boolean overdue(Referral referral) {
        return referral.isOverdue(referrals.today());
    }

    public LocalDate getToday() {
        return referrals.today();
    }

    public void refer() {
        if (residentId == null || partnerId == null) {
            Messages.error(Messages.text("msg.chooseElderAndPartner"));
            return;
        }
        if (Messages.attempt(() -> referrals.refer(residentId, partnerId, reason, slaDays))) {
            Messages.info(Messages.text("msg.referralMade"));
            reason = null;
            slaDays = null;
        }
    }

    public void advance(Referral referral) {
        if (Messages.attempt(() -> referrals.advance(referral.getId(), outcome))) {
            Messages.info(Messages.text("msg.referralMoved"));
            outcome = null;
        }
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getSlaDays() {
        return slaDays;
    }

    public void setSlaDays(Integer slaDays) {
        this.slaDays = slaDays;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
