package org.shegong.platform.application.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shegong.platform.domain.model.region.RegionLevel;

/** {@code tenants/regions.json}: the administrative tree, parents first, and the street stations. */
public record RegionTreeDescriptor(String file, List<RegionSpec> regions, List<StationSpec> stations) {

    public record RegionSpec(String code, String name, RegionLevel level, String parent) {
    }

    public record StationSpec(String street, String name, String address, String phone) {
    }

    Optional<RegionSpec> region(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    Map<String, RegionSpec> byCode() {
        return regions.stream().collect(Collectors.toMap(RegionSpec::code, Function.identity()));
    }

    /** The communities below a street, in file order. */
    List<RegionSpec> communitiesOf(String streetCode) {
        return regions.stream().filter(r -> r.level() == RegionLevel.COMMUNITY && streetCode.equals(r.parent())).toList();
    }
}
