package org.shegong.platform.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.access.RecordRule;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.persistence.TenantEntityManagers;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The probe module's cases, every read through one {@link RecordRule} ("visible to its assigned
 * workers and the station lead"): the list and the export in JPQL, the count in Criteria, the
 * search in JPQL with a criterion of its own, the look-up by id on the loaded record.
 */
@ApplicationScoped
@Transactional
public class ProbeCases {

    static final RecordRule RULE = RecordRule.assignedWorkersAndStationLead("streetCode", "workerId", "secondWorkerId");

    @PersistenceUnit(unitName = "probe")
    EntityManagerFactory unit;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    SignedIn signedIn;

    /** Opened by the test as the operator's system would: no rule applies to writing here. */
    public ProbeCase open(String streetCode, String title, Long workerId, Long secondWorkerId) {
        ProbeCase c = new ProbeCase(streetCode, title, workerId, secondWorkerId);
        em().persist(c);
        em().flush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProbeCase> list() {
        RecordRule.Clause visible = RULE.jpql(signedIn, "c");
        return visible.bind(em().createQuery("select c from ProbeCase c where " + visible.where() + " order by c.id",
                ProbeCase.class)).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProbeCase> search(String text) {
        RecordRule.Clause visible = RULE.jpql(signedIn, "c");
        return visible.bind(em().createQuery("select c from ProbeCase c where c.title like :t and " + visible.where()
                + " order by c.id", ProbeCase.class)).setParameter("t", "%" + text + "%").getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        CriteriaBuilder cb = em().getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ProbeCase> c = q.from(ProbeCase.class);
        return em().createQuery(q.select(cb.count(c)).where(RULE.visibleTo(signedIn, cb, c))).getSingleResult();
    }

    /** One line per visible case, as a CSV export would write them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> export() {
        CriteriaBuilder cb = em().getCriteriaBuilder();
        CriteriaQuery<ProbeCase> q = cb.createQuery(ProbeCase.class);
        Root<ProbeCase> c = q.from(ProbeCase.class);
        return em().createQuery(q.select(c).where(RULE.visibleTo(signedIn, cb, c)).orderBy(cb.asc(c.get("id"))))
                .getResultList().stream().map(p -> p.getId() + "," + p.getTitle()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProbeCase find(long id) {
        return Optional.ofNullable(em().find(ProbeCase.class, id))
                .filter(p -> RULE.allows(signedIn, p.getStreetCode(), p.getWorkerId(), p.getSecondWorkerId()))
                .orElseThrow(() -> new RecordNotFoundException("探针个案 probe case", id));
    }

    private EntityManager em() {
        return entityManagers.of(unit);
    }
}
