package org.shegong.modules.childprotection.domain.model.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.records.Refusal;

/**
 * A guardian's consent (监护人同意) for a child's data: who gave it, when, for what, and its withdrawal.
 *
 * <p>Invariants: consent is given by a named guardian on a day and for at least one scope; a withdrawn
 * consent permits nothing from the day of withdrawal and keeps who gave it and why it was withdrawn.
 * Reporting to the police is not sharing under consent (强制报告制度), so no scope governs it.
 */
@Embeddable
public class Consent {

    @Column(name = "consent_given_by", length = 50)
    private String givenBy;

    @Column(name = "consent_given_on")
    private LocalDate givenOn;

    /** The scopes by name, comma-separated: a value of the consent, never queried one by one. */
    @Column(name = "consent_scopes", length = 200)
    private String scopes;

    @Column(name = "consent_withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "consent_withdrawal_reason", length = 200)
    private String withdrawalReason;

    protected Consent() {
    }

    public static Consent none() {
        return new Consent();
    }

    public static Consent given(String guardianName, LocalDate on, Set<ConsentScope> scopes) {
        if (guardianName == null || guardianName.isBlank()) {
            throw new Refusal("childprotection.refused.consentGuardian");
        }
        if (on == null) {
            throw new Refusal("childprotection.refused.consentDay");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new Refusal("childprotection.refused.consentScope");
        }
        Consent c = new Consent();
        c.givenBy = guardianName.strip();
        c.givenOn = on;
        c.scopes = String.join(",", EnumSet.copyOf(scopes).stream().map(Enum::name).toList());
        return c;
    }

    /** The same consent, withdrawn on that day for the reason. */
    Consent withdrawn(LocalDate on, String reason) {
        if (!isInForce()) {
            throw new Refusal("childprotection.refused.noConsentToWithdraw");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("childprotection.refused.withdrawalReason");
        }
        Consent c = new Consent();
        c.givenBy = givenBy;
        c.givenOn = givenOn;
        c.scopes = scopes;
        c.withdrawnOn = on;
        c.withdrawalReason = reason.strip();
        return c;
    }

    public boolean isInForce() {
        return givenOn != null && withdrawnOn == null;
    }

    public boolean permits(ConsentScope scope) {
        return isInForce() && getScopes().contains(scope);
    }

    /** Why sharing for that scope is not allowed, or empty when it is. */
    public Optional<Refusal> refusalFor(ConsentScope scope) {
        if (withdrawnOn != null) {
            return Optional.of(new Refusal("childprotection.refused.consentWithdrawn", withdrawnOn, withdrawalReason));
        }
        if (givenOn == null) {
            return Optional.of(new Refusal("childprotection.refused.noConsent"));
        }
        if (!getScopes().contains(scope)) {
            return Optional.of(new Refusal("childprotection.refused.scopeNotConsented", new Refusal.Label(scope.labelKey())));
        }
        return Optional.empty();
    }

    public Set<ConsentScope> getScopes() {
        Set<ConsentScope> set = EnumSet.noneOf(ConsentScope.class);
        if (scopes != null && !scopes.isBlank()) {
            for (String s : scopes.split(",")) {
                set.add(ConsentScope.valueOf(s));
            }
        }
        return set;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
