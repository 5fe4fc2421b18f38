package org.shegong.modules.volunteers.domain.model.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as hours with one decimal, rounded half up (90 → "1.5", 100 → "1.7"), for paper and pages. */
public final class Hours {

    private Hours() {
    }

    public static String of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
