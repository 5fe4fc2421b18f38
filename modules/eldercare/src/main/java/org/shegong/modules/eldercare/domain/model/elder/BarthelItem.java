package org.shegong.modules.eldercare.domain.model.elder;

import java.util.List;

/**
 * The ten activities of daily living of the Barthel index (Mahoney &amp; Barthel, 1965, as used in
 * China's 老年人能力评估), each with the only scores it allows.
 */
public enum BarthelItem {
    FEEDING("进食", 0, 5, 10),
    BATHING("洗澡", 0, 5),
    GROOMING("修饰", 0, 5),
    DRESSING("穿衣", 0, 5, 10),
    BOWELS("控制大便", 0, 5, 10),
    BLADDER("控制小便", 0, 5, 10),
    TOILET_USE("如厕", 0, 5, 10),
    TRANSFERS("床椅转移", 0, 5, 10, 15),
    MOBILITY("平地行走", 0, 5, 10, 15),
    STAIRS("上下楼梯", 0, 5, 10);

    private final String label;
    private final List<Integer> allowed;

    BarthelItem(String label, Integer... allowed) {
        this.label = label;
        this.allowed = List.of(allowed);
    }

    public String label() {
        return label;
    }

    public List<Integer> allowedScores() {
        return allowed;
    }

    public int maximum() {
        return allowed.get(allowed.size() - 1);
    }

    public boolean allows(int score) {
        return allowed.contains(score);
    }
}
