package org.shegong.platform.domain.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTreeTest {

    private final Region province = new Region("140000000000", "山西省", RegionLevel.PROVINCE, null);
    private final Region city = new Region("140100000000", "太原市", RegionLevel.CITY, province);
    private final Region yingze = new Region("140106000000", "迎泽区", RegionLevel.DISTRICT, city);
    private final Region xiaodian = new Region("140105000000", "小店区", RegionLevel.DISTRICT, city);
    private final Region laojunying = new Region("140106005000", "老军营街道", RegionLevel.STREET, yingze);
    private final Region haozhuang = new Region("140106007000", "郝庄镇", RegionLevel.TOWNSHIP, yingze);
    private final Region wenmiao = new Region("140106003000", "文庙街道", RegionLevel.STREET, yingze);
    private final Region pingyang = new Region("140105001000", "坪阳街道", RegionLevel.STREET, xiaodian);
    private final Region datong = new Region("140200000000", "大同市", RegionLevel.CITY, province);

    /** The rows as the query gives them: any order, each with its parent's code. */
    private RegionTree tree(Region top) {
        return RegionTree.of(top, List.of(branch(laojunying), branch(pingyang), branch(haozhuang), branch(xiaodian),
                branch(wenmiao), branch(yingze), branch(city), branch(datong)));
    }

    private static RegionTree.Branch branch(Region r) {
        return new RegionTree.Branch(r, r.getParent().getCode());
    }

    @Test
    void childrenAndStreetsComeInCodeOrderAtEveryLevel() {
        RegionTree tree = tree(province);
        assertEquals(9, tree.size());
        assertEquals(List.of(city, datong), tree.children(province));
        assertEquals(List.of(xiaodian, yingze), tree.children(city));
        assertEquals(List.of(wenmiao, laojunying, haozhuang), tree.children(yingze), "a township stands with the streets");
        assertEquals(List.of(pingyang, wenmiao, laojunying, haozhuang), tree.streetsUnder(province));
        assertEquals(List.of(laojunying), tree.streetsUnder(laojunying));
        assertEquals(List.of(), tree.children(laojunying));
        assertEquals(List.of(), tree.streetsUnder(datong), "a city without streets yet");
    }

    @Test
    void thePathRunsFromTheTopDownToTheRegion() {
        assertEquals(List.of(province, city, yingze, laojunying), tree(province).pathTo(laojunying));
        assertEquals(List.of(yingze, laojunying), tree(yingze).pathTo(laojunying), "from the viewer's top, not the province");
        assertEquals(List.of(), tree(yingze).pathTo(pingyang));
    }

    @Test
    void onlyTheTopAndWhatHangsUnderItCanBeFound() {
        RegionTree yingzeTree = tree(yingze);
        assertEquals(4, yingzeTree.size(), "迎泽区 and its three streets; the rows of other branches are left out");
        assertEquals(laojunying, yingzeTree.find("140106005000").orElseThrow());
        assertEquals(yingze, yingzeTree.find("140106000000").orElseThrow());
        assertTrue(yingzeTree.find("140100000000").isEmpty(), "not the city above");
        assertTrue(yingzeTree.find("140105001000").isEmpty(), "not a neighbour district's street");
        assertTrue(yingzeTree.find("999999999999").isEmpty());
        assertTrue(yingzeTree.find(null).isEmpty());
        assertEquals(List.of(), yingzeTree.streetsUnder(pingyang));
    }
}
