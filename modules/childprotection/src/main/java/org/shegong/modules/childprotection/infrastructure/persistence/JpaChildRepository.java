package org.shegong.modules.childprotection.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;

@ApplicationScoped
public class JpaChildRepository implements ChildRepository {

    @Inject
    ChildUnit unit;

    @Override
    public void store(Child child) {
        unit.persist(child, child.getId());
    }

    @Override
    public Optional<Child> find(long id) {
        return Optional.ofNullable(unit.em().find(Child.class, id));
    }

    @Override
    public Optional<Child> ofResident(long residentId) {
        return unit.em().createQuery("select c from Child c where c.residentId = :r", Child.class)
                .setParameter("r", residentId).getResultStream().findFirst();
    }

    @Override
    public boolean anyAt(Set<String> streetCodes) {
        return !streetCodes.isEmpty() && unit.em().createQuery("select count(c) from Child c where c.streetCode in :s", Long.class)
                .setParameter("s", streetCodes).getSingleResult() > 0;
    }
}
