package org.shegong.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.domain.model.project.ChecklistItem;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectQuery;
import org.shegong.platform.domain.model.project.ProjectRepository;

@ApplicationScoped
public class JpaProjectRepository extends JpaTenantRepository<Project> implements ProjectRepository {

    public JpaProjectRepository() {
        super(Project.class);
    }

    @Override
    public Optional<ChecklistItem> findItem(long id) {
        return Optional.ofNullable(em().find(ChecklistItem.class, id));
    }

    @Override
    public List<Project> search(ProjectQuery query, int first, int max) {
        if (query.streetCodes().isEmpty()) {
            return List.of();
        }
        String order = " order by p." + (query.sortBy() == null ? "updatedAt" : query.sortBy())
                + (query.sortBy() == null || !query.ascending() ? " desc" : " asc") + ", p.id desc";
        return bind(em().createQuery("select p from Project p" + where(query) + order, Project.class), query)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ProjectQuery query) {
        if (query.streetCodes().isEmpty()) {
            return 0;
        }
        return bind(em().createQuery("select count(p) from Project p" + where(query), Long.class), query).getSingleResult();
    }

    /** Criteria become parameters, never text: the JPQL has a fixed shape per set of criteria. */
    private static String where(ProjectQuery q) {
        StringBuilder where = new StringBuilder(" where p.station.street.code in :streets");
        if (present(q.text())) {
            where.append(" and (p.name like :text or p.needs like :text)");
        }
        if (present(q.nameContains())) {
            where.append(" and p.name like :name");
        }
        if (q.status() != null) {
            where.append(" and p.status = :status");
        }
        return where.toString();
    }

    private static <Q extends TypedQuery<?>> Q bind(Q typed, ProjectQuery q) {
        typed.setParameter("streets", q.streetCodes());
        if (present(q.text())) {
            typed.setParameter("text", contains(q.text()));
        }
        if (present(q.nameContains())) {
            typed.setParameter("name", contains(q.nameContains()));
        }
        if (q.status() != null) {
            typed.setParameter("status", q.status());
        }
        return typed;
    }

    private static String contains(String s) {
        return "%" + s.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
