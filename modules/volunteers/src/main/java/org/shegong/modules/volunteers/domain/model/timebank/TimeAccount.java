package org.shegong.modules.volunteers.domain.model.timebank;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;
import org.shegong.modules.volunteers.domain.model.certificate.Hours;

/**
 * A time-bank account of one operator. Its balance is a cache of the sum of its ledger entries
 * (checked against the ledger by tests); its row is locked while a transfer touches it, so two
 * spends of the same credit queue up and the second sees the first.
 *
 * <p>Invariant: no balance below zero, except the issuance account's.
 */
@Entity
@Table(name = "vol_time_account")
public class TimeAccount extends VolunteerRecord {

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private AccountKind kind;

    @Column(name = "balance_minutes", nullable = false)
    private long balanceMinutes;

    protected TimeAccount() {
    }

    public TimeAccount(String code, AccountKind kind) {
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
    }

    public static String volunteerCode(long volunteerId) {
        return "volunteer:" + volunteerId;
    }

    /** The account of credits sent to that operator (kind {@link AccountKind#SENT}). */
    public static String sentTo(String operator) {
        return "sent:" + operator;
    }

    /** The issuance account of credits received from that operator. */
    public static String receivedFrom(String operator) {
        return "received:" + operator;
    }

    void apply(long minutes) {
        long after = Math.addExact(balanceMinutes, minutes);
        if (after < 0 && !kind.mayGoNegative()) {
            // In hours, as the portal shows the balance, and in minutes, as a spend is typed: "5,859 minutes"
            // alone read as another figure beside a balance of 97.7 h.
            throw new Refusal("volunteers.refused.notEnoughCredit", Hours.of(balanceMinutes), balanceMinutes);
        }
        balanceMinutes = after;
    }

    public String getCode() {
        return code;
    }

    public AccountKind getKind() {
        return kind;
    }

    public long getBalanceMinutes() {
        return balanceMinutes;
    }
}
