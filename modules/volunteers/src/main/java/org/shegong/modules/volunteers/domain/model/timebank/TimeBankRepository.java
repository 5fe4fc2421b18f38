package org.shegong.modules.volunteers.domain.model.timebank;

import java.util.List;

public interface TimeBankRepository {

    /** The account, created if new, its row locked until the transaction ends. */
    TimeAccount lock(String code, AccountKind kind);

    java.util.Optional<TimeAccount> find(String code);

    /** The sum of the account's ledger entries: the balance as the ledger says. */
    long ledgerBalance(String code);

    /** The sum of every entry of the operator's ledger: zero, always. */
    long ledgerSum();

    List<LedgerEntry> entriesOf(String code);

    /** Codes of the accounts whose cached balance differs from the sum of their ledger entries. */
    List<String> accountsOffTheLedger();

    void add(List<LedgerEntry> entries);

    /** Whether the ledger holds entries of that transfer (a note from another operator is booked once). */
    boolean hasTransfer(String transferId);

    /** Writes new accounts and entries in one flush (demo data). */
    void addAll(List<TimeAccount> newAccounts, List<LedgerEntry> entries);
}
