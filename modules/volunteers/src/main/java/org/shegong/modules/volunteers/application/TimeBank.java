package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.shegong.modules.volunteers.domain.model.timebank.AccountKind;
import org.shegong.modules.volunteers.domain.model.timebank.LedgerEntry;
import org.shegong.modules.volunteers.domain.model.timebank.TimeAccount;
import org.shegong.modules.volunteers.domain.model.timebank.TimeBankRepository;
import org.shegong.modules.volunteers.domain.model.timebank.Transfer;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.OperatorNames;

/**
 * The operator's time bank (时间银行): confirmed hours credit the volunteer's account from the
 * issuance account; credits are spent on a service for a resident or donated to the station's pool.
 * Every movement is one {@link Transfer} (two entries, summing to zero). The accounts are locked in a
 * fixed order (by code) before their balances are read, so two spends of the same credit queue up:
 * the second sees the first and is refused if the credit is gone; the database refuses a negative
 * balance as a last line.
 */
@ApplicationScoped
@Transactional
public class TimeBank {

    static final String ISSUED = "issued";
    static final String SERVICES = "services";
    static final String POOL = "pool";

    @Inject
    TimeBankRepository accounts;

    @Inject
    VolunteerRegistry registry;

    @Inject
    OneIdentity identity;

    @Inject
    OperatorNames operatorNames;

    /** Spends a volunteer's credit on a service (e.g. a visit to an elder), recorded with what for. */
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<LedgerEntry> spend(long volunteerId, long minutes, String purpose) {
        return spend(registry.mine(volunteerId), minutes, purpose);
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<LedgerEntry> donate(long volunteerId, long minutes, String purpose) {
        return donate(registry.mine(volunteerId), minutes, purpose);
    }

    /**
     * The spend itself, for staff (above) and for the volunteer on their own portal
     * ({@link MyVolunteering}, which found the record by their login): one rule for both.
     */
    List<LedgerEntry> spend(Volunteer v, long minutes, String purpose) {
        lockAccountOf(v);
        receive(v);
        return move(TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER, SERVICES, AccountKind.SERVICES, minutes, typed(purpose));
    }

    List<LedgerEntry> donate(Volunteer v, long minutes, String purpose) {
        lockAccountOf(v);
        receive(v);
        return move(TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER, POOL, AccountKind.POOL, minutes, typed(purpose));
    }

    /** The balance, after booking any credits another operator sent here for the person. */
    @RequiresPermission(VolunteersPermissions.READ)
    public Balance balanceOf(long volunteerId) {
        Volunteer v = registry.mine(volunteerId);
        receive(v);
        return balance(v);
    }

    /**
     * Sends credits earned here to another operator the person also serves, at the volunteer's
     * request, to be spent there (e.g. on a service 汇德 records): here the volunteer's account pays
     * the account of credits sent to that operator; a note under the same transfer id goes to the
     * person's global record for that operator, whose bank books it out of its issuance account for
     * us the first time it reads or spends the person's credits. Each bank's ledger sums to zero; no
     * balance goes below zero; the volunteer's account is locked, so two sends of one credit queue.
     */
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<LedgerEntry> sendToOperator(long volunteerId, String operator, long minutes, String purpose) {
        return sendToOperator(registry.mine(volunteerId), operator, minutes, purpose, null);
    }

    /**
     * The send itself; with a {@code use} (the volunteer's own request on the portal) the receiving
     * bank spends or donates the credits as it books them, under the volunteer's purpose, so the
     * spend stands in that operator's ledger and the send in ours, each summing to zero.
     */
    List<LedgerEntry> sendToOperator(Volunteer v, String operator, long minutes, String purpose, CreditUse use) {
        String to = operator == null ? "" : operator.strip();
        if (to.isEmpty()) {
            throw new Refusal("volunteers.refused.chooseOperator");
        }
        if (to.equals(identity.me())) {
            throw new Refusal("volunteers.refused.sameOperator");
        }
        if (to.length() > 30 || !identity.minutesByOperator(v.getIdNumberIndex()).containsKey(to)) {
            throw new Refusal("volunteers.refused.notAtOperator");
        }
        lockAccountOf(v);
        List<LedgerEntry> entries = move(TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER, TimeAccount.sentTo(to),
                AccountKind.SENT, minutes, typed(purpose));
        identity.sendCredits(v.getIdNumberIndex(), to, entries.get(0).getTransferId(), minutes, Said.of("volunteers.purpose.creditsSent"),
                use, use == null ? null : purpose.strip());
        return entries;
    }

    /** What the receiving bank does with credits the volunteer sent for a purpose: spend or donate them there. */
    public enum CreditUse { SERVICE, DONATION }

    /**
     * Every change of a volunteer's credits locks their account first, before any other account:
     * with credits arriving from other operators a spend touches three accounts, and one order for
     * all keeps two transactions from waiting on each other in a circle.
     */
    private TimeAccount lockAccountOf(Volunteer v) {
        return accounts.lock(TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER);
    }

    /**
     * Books the credits other operators sent here for the person, each note once: the person's
     * account is locked first, so two readers or spenders at once book a note one time only (the
     * second finds its transfer id in the ledger).
     */
    void receive(Volunteer v) {
        List<OneIdentity.CreditNote> notes = identity.creditsFor(v.getIdNumberIndex(), Said.of("volunteers.purpose.creditsReceived"));
        if (notes.isEmpty()) {
            return;
        }
        TimeAccount account = lockAccountOf(v);
        for (OneIdentity.CreditNote note : notes) {
            if (!note.from().equals(identity.me()) && !accounts.hasTransfer(note.transferId())) {
                TimeAccount from = accounts.lock(TimeAccount.receivedFrom(note.from()), AccountKind.ISSUANCE);
                accounts.add(Transfer.between(from, account, note.minutes(),
                        Said.of("volunteers.memo.creditsReceived", operatorNames.nameOf(note.from())), note.transferId()));
                if (note.use() == CreditUse.SERVICE) {
                    move(account.getCode(), AccountKind.VOLUNTEER, SERVICES, AccountKind.SERVICES, note.minutes(), typed(note.purpose()));
                } else if (note.use() == CreditUse.DONATION) {
                    move(account.getCode(), AccountKind.VOLUNTEER, POOL, AccountKind.POOL, note.minutes(), typed(note.purpose()));
                }
            }
        }
    }

    /** The sum of every entry of the operator's ledger (zero) — what the nightly check and the tests read. */
    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public long ledgerSum() {
        return accounts.ledgerSum();
    }

    /** Accounts whose cached balance differs from their ledger (none, unless something is badly wrong). */
    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> accountsOffTheLedger() {
        return accounts.accountsOffTheLedger();
    }

    /** A balance as the ledger says it, with the cached one beside it (they never differ). */
    public record Balance(long ledgerMinutes, long cachedMinutes, List<LedgerEntry> history) {
    }

    Balance balance(Volunteer v) {
        String code = TimeAccount.volunteerCode(v.getId());
        long cached = accounts.find(code).map(TimeAccount::getBalanceMinutes).orElse(0L);
        return new Balance(accounts.ledgerBalance(code), cached, accounts.entriesOf(code));
    }

    /**
     * A purpose a person typed, as a ledger note stores it: read back as typed ({@link Said#say}),
     * beside the notes the system writes as bundle phrases ({@code volunteers.memo.*}) so that each
     * reader reads those in their own language (issue 15).
     */
    static String typed(String purpose) {
        if (purpose != null && purpose.strip().length() > 200) {
            throw new Refusal("volunteers.refused.purposeLength");
        }
        return purpose == null ? null : Said.typed(purpose.strip());
    }

    /** Credits confirmed minutes; called by hours confirmation inside its transaction. {@code memo} as {@link Said#of}. */
    void credit(Volunteer v, long minutes, String memo) {
        if (minutes > 0) {
            move(ISSUED, AccountKind.ISSUANCE, TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER, minutes, memo);
        }
    }

    /**
     * Credits many volunteers at once, each into a new account (demo data): the issuance account
     * is locked once and everything is written in one flush; the same {@link Transfer} rule applies.
     */
    void creditNewAccounts(java.util.Map<Long, Long> minutesByVolunteer, String memo) {
        TimeAccount issued = accounts.lock(ISSUED, AccountKind.ISSUANCE);
        List<TimeAccount> opened = new java.util.ArrayList<>();
        List<LedgerEntry> entries = new java.util.ArrayList<>();
        minutesByVolunteer.forEach((volunteerId, minutes) -> {
            TimeAccount account = new TimeAccount(TimeAccount.volunteerCode(volunteerId), AccountKind.VOLUNTEER);
            opened.add(account);
            if (minutes > 0) {
                entries.addAll(Transfer.between(issued, account, minutes, memo));
            }
        });
        accounts.addAll(opened, entries);
    }

    private List<LedgerEntry> move(String from, AccountKind fromKind, String to, AccountKind toKind, long minutes, String memo) {
        // Lock in code order: two transfers touching the same two accounts never wait on each other in a circle.
        TimeAccount a;
        TimeAccount b;
        if (from.compareTo(to) < 0) {
            a = accounts.lock(from, fromKind);
            b = accounts.lock(to, toKind);
        } else {
            b = accounts.lock(to, toKind);
            a = accounts.lock(from, fromKind);
        }
        List<LedgerEntry> entries = Transfer.between(a, b, minutes, memo);
        accounts.add(entries);
        return entries;
    }
}
