package org.shegong.modules.childprotection.domain.model.child;

import java.util.Optional;

public interface ChildRepository {

    void store(Child child);

    Optional<Child> find(long id);

    Optional<Child> ofResident(long residentId);

    boolean anyAt(java.util.Set<String> streetCodes);
}
