package org.shegong.modules.childprotection.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.casework.CaseFilter;
import org.shegong.modules.childprotection.domain.model.casework.CaseGrant;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.platform.api.access.RecordRule;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @Inject
    ChildUnit unit;

    @Override
    public void store(ChildCase c) {
        unit.persist(c, c.getId());
    }

    @Override
    public Optional<ChildCase> find(long id) {
        return Optional.ofNullable(unit.em().find(ChildCase.class, id));
    }

    @Override
    public List<ChildCase> ofChild(long childId) {
        return unit.em().createQuery("select k from ChildCase k where k.childId = :c order by k.intakeAt desc", ChildCase.class)
                .setParameter("c", childId).getResultList();
    }

    @Override
    public List<ChildCase> visible(RecordRule.Clause visible, CaseFilter filter, int first, int max) {
        TypedQuery<ChildCase> q = filtered("select k", visible, filter, " order by k.overdue desc, k.intakeAt desc, k.id desc", ChildCase.class);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    @Override
    public long countVisible(RecordRule.Clause visible, CaseFilter filter) {
        return filtered("select count(k)", visible, filter, "", Long.class).getSingleResult();
    }

    /** One query for list and count: the need-to-know clause first, then the filters as parameters. */
    private <T> TypedQuery<T> filtered(String select, RecordRule.Clause visible, CaseFilter f, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" from ChildCase k where ").append(visible.where());
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" and k.childName like :name");
            p.put("name", "%" + f.name().strip().replace("%", "").replace("_", "") + "%");
        }
        if (f.category() != null) {
            where.append(" and exists (select c from Child c where c.id = k.childId and c.category = :category)");
            p.put("category", f.category());
        }
        if (f.risk() != null) {
            where.append(" and k.riskLevel = :risk");
            p.put("risk", f.risk());
        }
        if (f.stage() != null) {
            where.append(" and k.stage = :stage");
            p.put("stage", f.stage());
        }
        if (f.workerId() != null) {
            where.append(" and (k.workerId = :worker or k.secondWorkerId = :worker)");
            p.put("worker", f.workerId());
        }
        if (f.streetCode() != null && !f.streetCode().isBlank()) {
            where.append(" and k.streetCode = :street");
            p.put("street", f.streetCode().strip());
        }
        if (f.communityCode() != null && !f.communityCode().isBlank()) {
            where.append(" and exists (select c2 from Child c2 where c2.id = k.childId and c2.communityCode = :community)");
            p.put("community", f.communityCode().strip());
        }
        if (f.overdue() != null) {
            where.append(" and k.overdue = :overdue");
            p.put("overdue", f.overdue());
        }
        TypedQuery<T> q = visible.bind(unit.em().createQuery(select + where + order, type));
        p.forEach(q::setParameter);
        return q;
    }

    @Override
    public List<ChildCase> openAt(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select k from ChildCase k where k.streetCode in :s and k.stage <> :closed order by k.childName",
                ChildCase.class).setParameter("s", streetCodes).setParameter("closed", CaseStage.CLOSED).getResultList();
    }

    @Override
    public List<ChildCase> allOpen() {
        return unit.em().createQuery("select k from ChildCase k where k.stage <> :closed order by k.id", ChildCase.class)
                .setParameter("closed", CaseStage.CLOSED).getResultList();
    }

    @Override
    public void reassignRecordsOf(long caseId, Long workerId, Long secondWorkerId) {
        for (String entity : List.of("ServiceSession", "ChildReferral")) {
            unit.em().createQuery("update " + entity + " r set r.workerId = :w, r.secondWorkerId = :s where r.caseId = :c")
                    .setParameter("w", workerId).setParameter("s", secondWorkerId).setParameter("c", caseId).executeUpdate();
        }
    }

    @Override
    public void append(CaseStep step) {
        unit.persist(step, step.getId());
    }

    @Override
    public List<CaseStep> history(long caseId) {
        return unit.em().createQuery("select s from CaseStep s where s.caseId = :c order by s.at desc, s.id desc", CaseStep.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public void grant(CaseGrant grant) {
        unit.persist(grant, grant.getId());
    }

    @Override
    public boolean isGranted(long caseId, String username) {
        return unit.em().createQuery("select count(g) from CaseGrant g where g.caseId = :c and g.grantee = :u", Long.class)
                .setParameter("c", caseId).setParameter("u", username).getSingleResult() > 0;
    }

    @Override
    public Map<String, Long> countOpenedPerStreet(Set<String> streetCodes, Instant from, Instant to) {
        return perStreet("select k.streetCode, count(k) from ChildCase k where k.streetCode in :s and k.intakeAt >= :f and k.intakeAt < :t "
                + "group by k.streetCode", streetCodes, from, to);
    }

    @Override
    public Map<String, Long> countClosedPerStreet(Set<String> streetCodes, Instant from, Instant to) {
        return perStreet("select k.streetCode, count(k) from ChildCase k where k.streetCode in :s and k.closedAt >= :f and k.closedAt < :t "
                + "group by k.streetCode", streetCodes, from, to);
    }

    @Override
    public Map<String, Long> countPlansApprovedPerStreet(Set<String> streetCodes, Instant from, Instant to, boolean onTimeOnly) {
        return perStreet("select k.streetCode, count(k) from ChildCase k where k.streetCode in :s and k.planApprovedAt >= :f "
                + "and k.planApprovedAt < :t" + (onTimeOnly ? " and k.planOnTime = true" : "") + " group by k.streetCode",
                streetCodes, from, to);
    }

    /** High-risk cases taken in by then and not closed by then. */
    @Override
    public Map<String, Long> countHighRiskOpenPerStreet(Set<String> streetCodes, Instant at) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select k.streetCode, count(k) from ChildCase k where k.streetCode in :s "
                        + "and k.riskLevel = :high and k.intakeAt < :at and (k.closedAt is null or k.closedAt >= :at) group by k.streetCode",
                Object[].class).setParameter("s", streetCodes).setParameter("high", RiskLevel.HIGH).setParameter("at", at).getResultList());
    }

    @Override
    public Map<String, Long> countOpenPerStreet(Set<String> streetCodes) {
        return openPerStreet(streetCodes, "");
    }

    @Override
    public Map<String, Long> countOverduePerStreet(Set<String> streetCodes) {
        return openPerStreet(streetCodes, " and k.overdue = true");
    }

    private Map<String, Long> openPerStreet(Set<String> streetCodes, String andAlso) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select k.streetCode, count(k) from ChildCase k where k.streetCode in :s "
                + "and k.stage <> :closed" + andAlso + " group by k.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("closed", CaseStage.CLOSED).getResultList());
    }

    private Map<String, Long> perStreet(String jpql, Set<String> streetCodes, Instant from, Instant to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery(jpql, Object[].class).setParameter("s", streetCodes)
                .setParameter("f", from).setParameter("t", to).getResultList());
    }
}
