package org.shegong.modules.eldercare.domain.model.elder;

import org.shegong.platform.api.records.Refusal;

/**
 * What a Barthel total says about living independently, with the bands of the national standard
 * for assessing self-care (WS/T 802, 100 / 61–99 / 41–60 / 0–40).
 */
public enum DependencyLevel {
    /** 100: 无需依赖 */
    INDEPENDENT("无需依赖", 100, 100),
    /** 61–99: 轻度依赖 */
    MILD("轻度依赖", 61, 99),
    /** 41–60: 中度依赖 */
    MODERATE("中度依赖", 41, 60),
    /** 0–40: 重度依赖 */
    SEVERE("重度依赖", 0, 40);

    private final String label;
    private final int from;
    private final int to;

    DependencyLevel(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public static DependencyLevel of(int total) {
        for (DependencyLevel level : values()) {
            if (total >= level.from && total <= level.to) {
                return level;
            }
        }
        throw new Refusal("eldercare.refused.barthelTotal", total);
    }
}
