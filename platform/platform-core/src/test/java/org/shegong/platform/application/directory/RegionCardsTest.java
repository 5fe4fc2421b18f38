package org.shegong.platform.application.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.directory.CommunityCard;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.region.RegionRepository;

class RegionCardsTest {

    @Test
    void givesTheCommunitiesOfTheAskedStreetsOnlyWithTheirStreet() {
        Region province = new Region("140000000000", "山西省", RegionLevel.PROVINCE, null);
        Region city = new Region("140100000000", "太原市", RegionLevel.CITY, province);
        Region district = new Region("140106000000", "迎泽区", RegionLevel.DISTRICT, city);
        Region street = new Region("140106005000", "老军营街道", RegionLevel.STREET, district);
        Region town = new Region("140106007000", "郝庄镇", RegionLevel.TOWNSHIP, district);
        Region other = new Region("140106003000", "文庙街道", RegionLevel.STREET, district);
        List<Region> all = List.of(province, city, district, street, town, other,
                new Region("140106005001", "老军营南社区", RegionLevel.COMMUNITY, street),
                new Region("140106007001", "郝庄村", RegionLevel.COMMUNITY, town),
                new Region("140106003001", "文庙社区", RegionLevel.COMMUNITY, other));
        RegionCards cards = new RegionCards();
        cards.regions = new RegionRepository() {
            @Override
            public Optional<Region> findByCode(String code) {
                return all.stream().filter(r -> r.getCode().equals(code)).findFirst();
            }

            @Override
            public List<Region> all() {
                return all;
            }

            @Override
            public List<Region> childrenOf(Region parent) {
                return new ArrayList<>(all.stream().filter(r -> r.getParent() == parent).toList());
            }

            @Override
            public org.shegong.platform.domain.model.region.RegionTree treeUnder(Region top) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void store(Region region) {
                throw new UnsupportedOperationException();
            }
        };

        assertEquals(List.of(new CommunityCard("140106005001", "老军营南社区", "140106005000", "老军营街道"),
                        new CommunityCard("140106007001", "郝庄村", "140106007000", "郝庄镇")),
                cards.ofStreets(Set.of("140106007000", "140106005000", "999999999999")));
        assertEquals(List.of(), cards.ofStreets(Set.of("140106000000")), "a district is no station's street");
    }
}
