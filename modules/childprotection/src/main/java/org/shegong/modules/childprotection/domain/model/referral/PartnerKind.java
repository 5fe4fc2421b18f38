package org.shegong.modules.childprotection.domain.model.referral;

import java.util.Optional;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;

/** Who a need is referred to (转介), and which consent sharing with them needs. */
public enum PartnerKind {
    SCHOOL(ConsentScope.SHARE_WITH_SCHOOL),
    HOSPITAL(ConsentScope.SHARE_WITH_HOSPITAL),
    /** 强制报告: reporting a child in danger to the police needs no consent (未成年人保护法 art. 11). */
    POLICE(null),
    LEGAL_AID(ConsentScope.SHARE_WITH_PARTNERS),
    WELFARE_INSTITUTION(ConsentScope.SHARE_WITH_PARTNERS);

    private final ConsentScope needs;

    PartnerKind(ConsentScope needs) {
        this.needs = needs;
    }

    public Optional<ConsentScope> consentNeeded() {
        return Optional.ofNullable(needs);
    }

    public String labelKey() {
        return "childprotection.partner." + name();
    }
}
