package org.shegong.modules.volunteers.domain.model.timebank;

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
            throw new IllegalArgumentException("时长应大于0 / the amount must be more than zero minutes");
        }
        if (minutes > 100_000) {
            throw new IllegalArgumentException("单次最多100000分钟 / at most 100000 minutes at once");
        }
        if (from.getCode().equals(to.getCode())) {
            throw new IllegalArgumentException("不能转给同一账户 / a transfer needs two different accounts");
        }
        if (memo == null || memo.isBlank()) {
            throw new IllegalArgumentException("请填写用途 / say what the transfer is for");
        }
        if (memo.strip().length() > 200) {
            throw new IllegalArgumentException("用途最多200字 / at most 200 characters");
        }
        from.apply(-minutes);
        to.apply(minutes);
        String id = transferId;
        return List.of(new LedgerEntry(id, from.getCode(), -minutes, memo.strip()),
                new LedgerEntry(id, to.getCode(), minutes, memo.strip()));
    }
}
