package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisit;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisitRepository;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaHomeVisitRepository implements HomeVisitRepository {

    @Inject
    ElderUnit unit;

    @Override
    public void store(HomeVisit visit) {
        unit.persist(visit, visit.getId());
    }

    @Override
    public List<HomeVisit> ofResident(long residentId) {
        return unit.em().createQuery("select v from HomeVisit v where v.residentId = :r order by v.visitedOn desc, v.id desc",
                HomeVisit.class).setParameter("r", residentId).getResultList();
    }

    /** An aggregate of a date column may come back as the JDBC type rather than the attribute's. */
    private static LocalDate asLocalDate(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    @Override
    public Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select v.streetCode, count(v) from HomeVisit v where v.streetCode in :s and v.residentRemoved = false "
                        + "and v.visitedOn between :f and :t group by v.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from).setParameter("t", to).getResultList());
    }

    @Override
    public Map<Long, Map<VisitKind, LocalDate>> lastVisits(Set<String> streetCodes, LocalDate until) {
        Map<Long, Map<VisitKind, LocalDate>> last = new HashMap<>();
        if (streetCodes.isEmpty()) {
            return last;
        }
        List<Object[]> rows = unit.em().createQuery("select v.residentId, v.kind, max(v.visitedOn) from HomeVisit v "
                + "where v.streetCode in :s and v.residentRemoved = false and v.visitedOn <= :u group by v.residentId, v.kind", Object[].class)
                .setParameter("s", streetCodes).setParameter("u", until).getResultList();
        for (Object[] row : rows) {
            last.computeIfAbsent(((Number) row[0]).longValue(), r -> new EnumMap<>(VisitKind.class))
                    .put((VisitKind) row[1], asLocalDate(row[2]));
        }
        return last;
    }
}
