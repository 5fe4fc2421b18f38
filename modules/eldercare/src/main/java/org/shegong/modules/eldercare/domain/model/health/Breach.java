package org.shegong.modules.eldercare.domain.model.health;

import java.util.List;
import java.util.Objects;

/**
 * Why a reading needs a follow-up: the rule it broke and its figures (the reading, then the limit),
 * kept as code and numbers so that each reader reads it in their own language (issue 15:
 * {@code eldercare.breach.<rule>} in the module's bundles), and an API client gets the figures
 * themselves rather than a sentence.
 */
public record Breach(Rule rule, String reading, String limit) {

    /** The limits a reading can reach; each has its sentence in the bundles. */
    public enum Rule {
        SYSTOLIC_HIGH, DIASTOLIC_HIGH, GLUCOSE_HIGH, HEART_RATE_HIGH, HEART_RATE_LOW;

        /** The bundle key of this rule's sentence, "{0}" the reading and "{1}" the limit. */
        public String key() {
            return "eldercare.breach." + name();
        }
    }

    public Breach {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(reading);
        Objects.requireNonNull(limit);
    }

    /** The figures in the order the sentence names them: the reading, the limit. */
    public List<Object> figures() {
        return List.of(reading, limit);
    }
}
