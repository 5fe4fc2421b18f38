package org.shegong.platform.domain.model.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> findByCode(String code);

    /** The regions with any of these codes (those that exist): an import's communities, at once. */
    default List<Region> findByCodes(Collection<String> codes) {
        return codes.stream().distinct().map(this::findByCode).flatMap(Optional::stream).toList();
    }

    /** Every region, communities included: for provisioning, which applies the whole tree at each start. */
    List<Region> all();

    List<Region> childrenOf(Region parent);

    /** The children of the regions with any of these codes (the communities of my streets), at once. */
    default List<Region> childrenOfCodes(Collection<String> parentCodes) {
        return parentCodes.stream().distinct().map(this::findByCode).flatMap(Optional::stream)
                .flatMap(parent -> childrenOf(parent).stream()).toList();
    }

    /**
     * {@code top} and every region below it down to the streets and townships, in one query
     * whatever the number of regions (communities, the bulk of the table, are not included).
     */
    RegionTree treeUnder(Region top);

    void store(Region region);
}
