package org.shegong.modules.volunteers.domain.model.timebank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;

/** One side of a transfer: an account and a signed amount in minutes. Written once, never changed. */
@Entity
@Table(name = "vol_ledger_entry")
public class LedgerEntry extends VolunteerRecord {

    @Column(name = "transfer_id", nullable = false, length = 36, updatable = false)
    private String transferId;

    @Column(name = "account_code", nullable = false, length = 40, updatable = false)
    private String accountCode;

    @Column(nullable = false, updatable = false)
    private long minutes;

    /** The note as stored: a bundle phrase the system wrote, or a typed purpose ({@code Said}); room for a phrase's escapes. */
    public static final int MEMO_LENGTH = 500;

    @Column(nullable = false, length = MEMO_LENGTH, updatable = false)
    private String memo;

    protected LedgerEntry() {
    }

    LedgerEntry(String transferId, String accountCode, long minutes, String memo) {
        this.transferId = transferId;
        this.accountCode = accountCode;
        this.minutes = minutes;
        this.memo = memo;
    }

    public String getTransferId() {
        return transferId;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public long getMinutes() {
        return minutes;
    }

    public String getMemo() {
        return memo;
    }
}
