package org.shegong.platform.domain.model.region;

import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> findByCode(String code);

    List<Region> childrenOf(Region parent);

    void store(Region region);
}
