package org.shegong.modules.childprotection.domain.model.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
            throw new IllegalArgumentException("请填写给予同意的监护人 / name the guardian who consents");
        }
        if (on == null) {
            throw new IllegalArgumentException("请填写同意日期 / the day of consent is required");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一项同意范围 / choose at least one scope");
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
            throw new IllegalArgumentException("没有可撤回的同意 / there is no consent in force to withdraw");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("请填写撤回原因 / the reason for the withdrawal is required");
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
    public Optional<String> refusalFor(ConsentScope scope) {
        if (withdrawnOn != null) {
            return Optional.of("监护人已于 " + withdrawnOn + " 撤回同意（" + withdrawalReason + "），不能共享 / consent was withdrawn on "
                    + withdrawnOn + ": " + withdrawalReason);
        }
        if (givenOn == null) {
            return Optional.of("尚无监护人同意，不能共享 / no guardian has consented");
        }
        if (!getScopes().contains(scope)) {
            return Optional.of("监护人未同意此项共享 / the guardian did not consent to " + scope.name());
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
