package org.shegong.modules.eldercare.domain.model.elder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.shegong.platform.api.records.Refusal;

class BarthelIndexTest {

    @Test
    void eachItemAllowsExactlyTheScoresOfTheScale() {
        Map<BarthelItem, List<Integer>> scale = new EnumMap<>(BarthelItem.class);
        scale.put(BarthelItem.FEEDING, List.of(0, 5, 10));
        scale.put(BarthelItem.BATHING, List.of(0, 5));
        scale.put(BarthelItem.GROOMING, List.of(0, 5));
        scale.put(BarthelItem.DRESSING, List.of(0, 5, 10));
        scale.put(BarthelItem.BOWELS, List.of(0, 5, 10));
        scale.put(BarthelItem.BLADDER, List.of(0, 5, 10));
        scale.put(BarthelItem.TOILET_USE, List.of(0, 5, 10));
        scale.put(BarthelItem.TRANSFERS, List.of(0, 5, 10, 15));
        scale.put(BarthelItem.MOBILITY, List.of(0, 5, 10, 15));
        scale.put(BarthelItem.STAIRS, List.of(0, 5, 10));
        assertEquals(10, BarthelItem.values().length, "the Barthel index has ten items");
        for (BarthelItem item : BarthelItem.values()) {
            assertEquals(scale.get(item), item.allowedScores(), item.name());
            for (int score = -5; score <= 20; score++) {
                assertEquals(scale.get(item).contains(score), item.allows(score), item + " " + score);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BarthelItem.class)
    void aScoreOutsideAnItemsScaleIsRefusedWithItsChineseName(BarthelItem item) {
        Map<BarthelItem, Integer> scores = allAtMaximum();
        scores.put(item, item.maximum() + 5);
        Refusal e = assertThrows(Refusal.class, () -> BarthelIndex.of(scores));
        assertEquals("eldercare.refused.barthelScore", e.key(), e.getMessage());
        assertEquals(new Refusal.Label("barthel." + item.name()), e.args().get(0), "the item is said by its label");
        scores.put(item, 3);
        assertThrows(IllegalArgumentException.class, () -> BarthelIndex.of(scores));
    }

    @ParameterizedTest
    @EnumSource(BarthelItem.class)
    void aMissingItemIsRefused(BarthelItem item) {
        Map<BarthelItem, Integer> scores = allAtMaximum();
        scores.remove(item);
        Refusal e = assertThrows(Refusal.class, () -> BarthelIndex.of(scores));
        assertEquals("eldercare.refused.barthelMissing", e.key(), e.getMessage());
        assertEquals(new Refusal.Label("barthel." + item.name()), e.args().get(0), "the item is said by its label");
    }

    @Test
    void theTotalIsTheSumOfTheTenScores() {
        assertEquals(100, BarthelIndex.independent().total());
        Map<BarthelItem, Integer> scores = allAtMaximum();
        scores.put(BarthelItem.BATHING, 0);
        scores.put(BarthelItem.STAIRS, 5);
        scores.put(BarthelItem.MOBILITY, 10);
        assertEquals(100 - 5 - 5 - 5, BarthelIndex.of(scores).total());
        Map<BarthelItem, Integer> none = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            none.put(item, 0);
        }
        assertEquals(0, BarthelIndex.of(none).total());
        assertEquals(DependencyLevel.SEVERE, BarthelIndex.of(none).level());
    }

    @ParameterizedTest
    @CsvSource({"100,INDEPENDENT", "99,MILD", "95,MILD", "61,MILD", "60,MODERATE", "41,MODERATE", "40,SEVERE",
            "20,SEVERE", "0,SEVERE"})
    void levelBoundaries(int total, DependencyLevel expected) {
        assertEquals(expected, DependencyLevel.of(total));
    }

    @ParameterizedTest
    @CsvSource({"-1", "101", "105"})
    void aTotalOutside0To100HasNoLevel(int total) {
        assertThrows(IllegalArgumentException.class, () -> DependencyLevel.of(total));
    }

    @Test
    void aRealAssessmentImpliesItsLevel() {
        // Lower the items one step at a time from 100 and check each total against the bands.
        Map<BarthelItem, Integer> scores = allAtMaximum();
        int expectedTotal = 100;
        for (BarthelItem item : BarthelItem.values()) {
            while (scores.get(item) > 0) {
                scores.put(item, scores.get(item) - 5);
                expectedTotal -= 5;
                BarthelIndex index = BarthelIndex.of(scores);
                assertEquals(expectedTotal, index.total());
                DependencyLevel level = index.level();
                assertTrue(expectedTotal <= 40 ? level == DependencyLevel.SEVERE
                        : expectedTotal <= 60 ? level == DependencyLevel.MODERATE
                        : expectedTotal <= 99 ? level == DependencyLevel.MILD : level == DependencyLevel.INDEPENDENT,
                        expectedTotal + " " + level);
            }
        }
        assertEquals(0, expectedTotal);
        assertFalse(BarthelItem.BATHING.allows(10));
    }

    private static Map<BarthelItem, Integer> allAtMaximum() {
        Map<BarthelItem, Integer> scores = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            scores.put(item, item.maximum());
        }
        return scores;
    }
}
