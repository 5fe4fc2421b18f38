package org.shegong.platform.domain.model.region;

import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> findByCode(String code);

    /** Every region, communities included: for provisioning, which applies the whole tree at each start. */
    List<Region> all();

    List<Region> childrenOf(Region parent);

    /**
     * {@code top} and every region below it down to the streets and townships, in one query
     * whatever the number of regions (communities, the bulk of the table, are not included).
     */
    RegionTree treeUnder(Region top);

    void store(Region region);
}
