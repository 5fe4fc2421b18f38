package org.shegong.modules.volunteers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.module.StreetCounts;
import org.shegong.platform.api.persistence.LikePattern;

@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {

    @Inject
    VolunteersUnit unit;

    @Override
    public Optional<Volunteer> find(long id) {
        return Optional.ofNullable(unit.em().find(Volunteer.class, id));
    }

    @Override
    public Optional<Volunteer> byIdNumberIndex(String index) {
        return unit.em().createQuery("select v from Volunteer v where v.idNumberIndex = :i", Volunteer.class)
                .setParameter("i", index).getResultStream().findFirst();
    }

    @Override
    public Optional<Volunteer> byLogin(String login) {
        return unit.em().createQuery("select v from Volunteer v where v.login = :l", Volunteer.class)
                .setParameter("l", login).getResultStream().findFirst();
    }

    @Override
    public List<Volunteer> search(Set<String> streetCodes, AffiliationKind kind, String skill, String who, int first, int max) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return filtered("select v from Volunteer v", " order by v.volunteerNumber", Volunteer.class, streetCodes, kind, skill, who)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Set<String> streetCodes, AffiliationKind kind, String skill, String who) {
        if (streetCodes.isEmpty()) {
            return 0;
        }
        return filtered("select count(v) from Volunteer v", "", Long.class, streetCodes, kind, skill, who).getSingleResult();
    }

    /** {@code who}: a volunteer number as typed ({@link Volunteer#numberTyped}) finds that volunteer, other text a part of the name. */
    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, Set<String> streets, AffiliationKind kind,
                                       String skill, String who) {
        Optional<String> number = Volunteer.numberTyped(who);
        boolean byName = number.isEmpty() && who != null && !who.isBlank();
        StringBuilder jpql = new StringBuilder(select).append(" where v.streetCode in :s");
        if (kind != null) {
            jpql.append(" and v.affiliationKind = :k");
        }
        if (skill != null && !skill.isBlank()) {
            jpql.append(" and v.skills like :skill");
        }
        if (number.isPresent()) {
            jpql.append(" and v.volunteerNumber = :number");
        } else if (byName) {
            jpql.append(" and v.name like :name");
        }
        TypedQuery<T> q = unit.em().createQuery(jpql.append(order).toString(), type).setParameter("s", streets);
        if (kind != null) {
            q.setParameter("k", kind);
        }
        if (skill != null && !skill.isBlank()) {
            q.setParameter("skill", LikePattern.containing(skill));
        }
        number.ifPresent(n -> q.setParameter("number", n));
        if (byName) {
            q.setParameter("name", LikePattern.containing(who));
        }
        return q;
    }

    @Override
    public String nextNumber() {
        String last = unit.em().createQuery("select max(v.volunteerNumber) from Volunteer v", String.class).getSingleResult();
        long next = last == null ? 1 : Long.parseLong(last.substring(1)) + 1;
        return Volunteer.numberOf(next);
    }

    @Override
    public Map<String, Long> registeredPerStreetOn(Set<String> streetCodes, java.time.LocalDate day) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select v.streetCode, count(v) from Volunteer v"
                        + " where v.streetCode in :s and v.registeredOn <= :day group by v.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("day", day).getResultList());
    }

    @Override
    public long countAll() {
        return unit.em().createQuery("select count(v) from Volunteer v", Long.class).getSingleResult();
    }

    @Override
    public void storeAll(List<Volunteer> batch) {
        unit.batch(batch);
    }

    @Override
    public void store(Volunteer volunteer) {
        unit.persist(volunteer, volunteer.getId());
    }
}
