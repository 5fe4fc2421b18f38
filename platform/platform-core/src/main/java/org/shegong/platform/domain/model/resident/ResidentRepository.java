package org.shegong.platform.domain.model.resident;

import java.util.List;
import java.util.Optional;

/** The current tenant's residents. */
public interface ResidentRepository {

    Optional<Resident> find(long id);

    Optional<Resident> findByIdNumberIndex(String idNumberIndex);

    List<Resident> page(int first, int max);

    long count();

    void store(Resident resident);

    void remove(Resident resident);

    /** Writes pending changes now, so conflicts surface inside the service. */
    void flush();
}
