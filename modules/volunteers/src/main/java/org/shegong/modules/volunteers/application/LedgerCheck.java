package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.shegong.modules.volunteers.domain.model.timebank.TimeBankRepository;

/**
 * The nightly check of one operator's time bank: every entry together sums to zero, and every
 * cached balance equals its ledger. A difference is logged loudly (it means a bug or a hand-made
 * change in the database); the ledger is the truth and is never rewritten here.
 */
@ApplicationScoped
public class LedgerCheck {

    private static final Logger LOG = Logger.getLogger(LedgerCheck.class.getName());

    @Inject
    TimeBankRepository accounts;

    /** What was found wrong; empty when the ledger holds. */
    @Transactional
    public List<String> run() {
        List<String> off = accounts.accountsOffTheLedger();
        long sum = accounts.ledgerSum();
        List<String> problems = new java.util.ArrayList<>(off.stream().map(code -> "balance of " + code + " differs from its ledger").toList());
        if (sum != 0) {
            problems.add("the ledger sums to " + sum + " minutes, not 0");
        }
        problems.forEach(p -> LOG.severe("time bank: " + p));
        return problems;
    }
}
