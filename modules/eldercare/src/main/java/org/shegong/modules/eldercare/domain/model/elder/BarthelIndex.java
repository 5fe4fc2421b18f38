package org.shegong.modules.eldercare.domain.model.elder;

import org.shegong.platform.api.records.Refusal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A Barthel assessment: a score for each of the ten items.
 *
 * <p>Invariants: every item is scored, each with one of its allowed values, so the total lies in
 * 0–100 and always implies exactly one {@link DependencyLevel}.
 */
public final class BarthelIndex {

    private final Map<BarthelItem, Integer> scores;

    private BarthelIndex(Map<BarthelItem, Integer> scores) {
        this.scores = Collections.unmodifiableMap(scores);
    }

    public static BarthelIndex of(Map<BarthelItem, Integer> scores) {
        EnumMap<BarthelItem, Integer> checked = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            Integer score = scores == null ? null : scores.get(item);
            if (score == null) {
                throw new Refusal("eldercare.refused.barthelMissing", new Refusal.Label("barthel." + item.name()));
            }
            if (!item.allows(score)) {
                throw new Refusal("eldercare.refused.barthelScore", new Refusal.Label("barthel." + item.name()),
                        item.allowedScores().toString(), score);
            }
            checked.put(item, score);
        }
        return new BarthelIndex(checked);
    }

    /** Everyone scores the maximum: fully independent. */
    public static BarthelIndex independent() {
        EnumMap<BarthelItem, Integer> all = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            all.put(item, item.maximum());
        }
        return new BarthelIndex(all);
    }

    public int score(BarthelItem item) {
        return scores.get(item);
    }

    public Map<BarthelItem, Integer> scores() {
        return scores;
    }

    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    public DependencyLevel level() {
        return DependencyLevel.of(total());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarthelIndex other && scores.equals(other.scores);
    }

    @Override
    public int hashCode() {
        return scores.hashCode();
    }

    @Override
    public String toString() {
        return "Barthel " + total() + " " + scores;
    }
}
