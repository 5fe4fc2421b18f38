package org.shegong.modules.volunteers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.shegong.modules.volunteers.domain.model.timebank.AccountKind;
import org.shegong.modules.volunteers.domain.model.timebank.LedgerEntry;
import org.shegong.modules.volunteers.domain.model.timebank.TimeAccount;
import org.shegong.modules.volunteers.domain.model.timebank.TimeBankRepository;

@ApplicationScoped
public class JpaTimeBankRepository implements TimeBankRepository {

    @Inject
    VolunteersUnit unit;

    @Override
    public TimeAccount lock(String code, AccountKind kind) {
        return unit.em().createQuery("select a from TimeAccount a where a.code = :c", TimeAccount.class).setParameter("c", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseGet(() -> {
                    TimeAccount account = new TimeAccount(code, kind);
                    unit.persist(account, null);
                    return account;
                });
    }

    @Override
    public java.util.Optional<TimeAccount> find(String code) {
        return unit.em().createQuery("select a from TimeAccount a where a.code = :c", TimeAccount.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public long ledgerBalance(String code) {
        Long sum = unit.em().createQuery("select sum(e.minutes) from LedgerEntry e where e.accountCode = :c", Long.class)
                .setParameter("c", code).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public long ledgerSum() {
        Long sum = unit.em().createQuery("select sum(e.minutes) from LedgerEntry e", Long.class).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<String> accountsOffTheLedger() {
        return unit.em().createQuery("select a.code from TimeAccount a where a.balanceMinutes <>"
                + " coalesce((select sum(e.minutes) from LedgerEntry e where e.accountCode = a.code), 0)", String.class)
                .getResultList();
    }

    @Override
    public List<LedgerEntry> entriesOf(String code) {
        return unit.em().createQuery("select e from LedgerEntry e where e.accountCode = :c order by e.id desc", LedgerEntry.class)
                .setParameter("c", code).setMaxResults(200).getResultList();
    }

    @Override
    public void addAll(List<TimeAccount> newAccounts, List<LedgerEntry> entries) {
        newAccounts.forEach(a -> unit.em().persist(a));
        entries.forEach(e -> unit.em().persist(e));
        unit.em().flush();
    }

    @Override
    public boolean hasTransfer(String transferId) {
        return !unit.em().createQuery("select e.id from LedgerEntry e where e.transferId = :t", Long.class)
                .setParameter("t", transferId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(List<LedgerEntry> entries) {
        entries.forEach(e -> unit.em().persist(e));
        unit.em().flush();
    }
}
