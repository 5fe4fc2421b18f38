package org.shegong.modules.volunteers.domain.model.timebank;

import org.shegong.platform.api.records.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A movement of credit between two accounts of one operator's time bank (时间银行): always exactly
 * two ledger entries, minus on the source, plus on the target, summing to zero. Applying it to the
 * two accounts refuses an overdraft before anything is written.
 */
public final class Transfer {

    private Transfer() {
    }

    public static List<LedgerEntry> between(TimeAccount from, TimeAccount to, long minutes, String memo) {
        return between(from, to, minutes, memo, UUID.randomUUID().toString());
    }

    /**
     * The same under a given transfer id: credits received from another operator's bank carry the
     * id of the transfer that sent them there, so both banks' halves are found by one id and a note
     * is never received twice.
     */
    public static List<LedgerEntry> between(TimeAccount from, TimeAccount to, long minutes, String memo, String transferId) {
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (minutes <= 0) {
            throw new Refusal("volunteers.refused.minutesPositive");
        }
        if (minutes > 100_000) {
            throw new Refusal("volunteers.refused.minutesAtOnce");
        }
        if (from.getCode().equals(to.getCode())) {
            throw new Refusal("volunteers.refused.sameAccount");
        }
        if (memo == null || memo.isBlank()) {
            throw new Refusal("volunteers.refused.enterPurpose");
        }
        // what the column holds; a typed purpose is held to 200 characters before (TimeBank.typed)
        if (memo.strip().length() > LedgerEntry.MEMO_LENGTH) {
            throw new Refusal("volunteers.refused.purposeLength");
        }
        from.apply(-minutes);
        to.apply(minutes);
        String id = transferId;
        return List.of(new LedgerEntry(id, from.getCode(), -minutes, memo.strip()),
                new LedgerEntry(id, to.getCode(), minutes, memo.strip()));
    }
}
