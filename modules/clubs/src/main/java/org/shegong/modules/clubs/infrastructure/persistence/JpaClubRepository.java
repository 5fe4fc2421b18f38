package org.shegong.modules.clubs.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubRepository;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.modules.clubs.domain.model.club.Milestone;
import org.shegong.modules.clubs.domain.model.club.StageStep;
import org.shegong.platform.api.module.StreetCounts;
import org.shegong.platform.api.persistence.AuditedEntity;
import org.shegong.platform.api.persistence.LikePattern;

@ApplicationScoped
public class JpaClubRepository implements ClubRepository {

    @Inject
    ClubUnit unit;

    @Override
    public void store(Object clubOrPart) {
        unit.persist(clubOrPart, ((AuditedEntity) clubOrPart).getId());
    }

    @Override
    public Optional<Club> find(long id) {
        return Optional.ofNullable(unit.em().find(Club.class, id));
    }

    @Override
    public List<Club> search(ClubFilter filter, int first, int max) {
        if (filter.streetCodes().isEmpty()) {
            return List.of();
        }
        return where(filter, "select c from Club c", " order by c.name, c.id", Club.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ClubFilter filter) {
        if (filter.streetCodes().isEmpty()) {
            return 0;
        }
        return where(filter, "select count(c) from Club c", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(ClubFilter f, String select, String order, Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" where c.streetCode in :s");
        Map<String, Object> p = new HashMap<>();
        p.put("s", f.streetCodes());
        if (f.kind() != null) {
            q.append(" and c.kind = :k");
            p.put("k", f.kind());
        }
        if (f.stage() != null) {
            q.append(" and c.stage = :st");
            p.put("st", f.stage());
        }
        if (f.communityCode() != null && !f.communityCode().isBlank()) {
            q.append(" and c.communityCode = :cc");
            p.put("cc", f.communityCode());
        }
        if (f.name() != null && !f.name().isBlank()) {
            q.append(" and c.name like :n");
            p.put("n", LikePattern.containing(f.name()));
        }
        TypedQuery<T> query = unit.em().createQuery(q + order, type);
        p.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<Club> mergedInto(long clubId) {
        return unit.em().createQuery("select c from Club c where c.mergedIntoId = :id order by c.id", Club.class)
                .setParameter("id", clubId).getResultList();
    }

    @Override
    public List<Membership> members(Collection<Long> clubIds) {
        if (clubIds.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select m from Membership m where m.clubId in :ids order by m.joinedOn, m.id", Membership.class)
                .setParameter("ids", clubIds).getResultList();
    }

    @Override
    public List<Milestone> milestones(long clubId) {
        return unit.em().createQuery("select m from Milestone m where m.clubId = :id order by m.id", Milestone.class)
                .setParameter("id", clubId).getResultList();
    }

    @Override
    public Optional<Milestone> milestone(long id) {
        return Optional.ofNullable(unit.em().find(Milestone.class, id));
    }

    @Override
    public List<StageStep> path(long clubId) {
        return unit.em().createQuery("select s from StageStep s where s.clubId = :id order by s.movedOn, s.id", StageStep.class)
                .setParameter("id", clubId).getResultList();
    }

    @Override
    public List<Club> openAt(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select c from Club c where c.streetCode in :s and c.stage not in :closed order by c.name", Club.class)
                .setParameter("s", streetCodes).setParameter("closed", List.of(ClubStage.DISSOLVED, ClubStage.MERGED))
                .getResultList();
    }

    @Override
    public Map<String, Long> countActivePerStreetAt(Set<String> streetCodes, LocalDate day) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select c.streetCode, count(c) from Club c where c.streetCode in :s"
                        + " and c.foundedOn <= :d and (c.closedOn is null or c.closedOn > :d) and c.stage <> :dormant"
                        + " group by c.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("d", day).setParameter("dormant", ClubStage.DORMANT)
                .getResultList());
    }

    @Override
    public Map<String, Long> countInForcePerStreetAt(Set<String> streetCodes, LocalDate day) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select c.streetCode, count(c) from Club c where c.streetCode in :s"
                        + " and c.foundedOn <= :d and (c.closedOn is null or c.closedOn > :d) group by c.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("d", day).getResultList());
    }

    @Override
    public Map<String, Long> countStepsPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select s.streetCode, count(s) from StageStep s where s.streetCode in :s"
                        + " and s.fromStage is not null and s.movedOn between :f and :t group by s.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from).setParameter("t", to).getResultList());
    }

    @Override
    public Map<String, Long> countMembersPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select c.streetCode, count(distinct m.residentId) from Membership m, Club c"
                        + " where m.clubId = c.id and c.streetCode in :s and m.joinedOn <= :t and (m.leftOn is null or m.leftOn >= :f)"
                        + " group by c.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("f", from).setParameter("t", to).getResultList());
    }
}
