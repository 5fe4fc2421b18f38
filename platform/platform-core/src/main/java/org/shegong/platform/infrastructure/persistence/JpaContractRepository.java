package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.station.Station;

@ApplicationScoped
public class JpaContractRepository implements ContractRepository {

    @PersistenceContext(unitName = TenantEntityManager.UNIT)
    EntityManager em;

    @Override
    public Optional<Contract> findByNumber(String number) {
        return em.createQuery("select c from Contract c where c.number = :number", Contract.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public List<Contract> heldBy(TenantId operator) {
        return em.createQuery("select c from Contract c where c.operator.code = :code order by c.startsOn",
                Contract.class).setParameter("code", operator.value()).getResultList();
    }

    @Override
    public Optional<Contract> inForce(Station station, LocalDate day) {
        return em.createQuery("select c from Contract c where c.station = :station"
                        + " and c.startsOn <= :day and c.endsOn >= :day order by c.startsOn desc, c.id desc", Contract.class)
                .setParameter("station", station).setParameter("day", day).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public java.util.Map<String, Contract> inForceAt(java.util.Set<String> streetCodes, LocalDate day) {
        java.util.Map<String, Contract> byStreet = new java.util.TreeMap<>();
        java.util.List<String> all = new java.util.ArrayList<>(streetCodes);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select c from Contract c join fetch c.station s join fetch s.street t"
                            + " where t.code in :streets and c.startsOn <= :day and c.endsOn >= :day order by c.startsOn, c.id", Contract.class)
                    .setParameter("streets", all.subList(i, Math.min(all.size(), i + 500))).setParameter("day", day)
                    .getResultList().forEach(c -> byStreet.put(c.getStation().getStreet().getCode(), c));
        }
        return byStreet;
    }

    @Override
    public List<Contract> overlapping(Station station, LocalDate from, LocalDate to) {
        // the operator is fetched with it: a refusal names the other contract's operator
        jakarta.persistence.TypedQuery<Contract> query = em.createQuery("select c from Contract c join fetch c.operator"
                        + " where c.station = :station and c.startsOn <= :to and c.endsOn >= :from order by c.startsOn, c.id", Contract.class)
                .setParameter("station", station).setParameter("from", from).setParameter("to", to);
        // In a write (the station locked, OperatorWrites.addContract) a locking read: it sees a contract another
        // admin committed while this one waited for the lock, which MariaDB's repeatable-read snapshot may not.
        if (em.isJoinedToTransaction()) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        }
        return query.getResultList();
    }

    @Override
    public void store(Contract contract) {
        if (contract.getId() == null) {
            em.persist(contract);
        }
    }
}
