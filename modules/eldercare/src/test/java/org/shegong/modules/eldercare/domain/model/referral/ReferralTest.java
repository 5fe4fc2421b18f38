package org.shegong.modules.eldercare.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralTest {

    static final LocalDate REQUESTED = LocalDate.of(2026, 3, 1);

    @Test
    void itMovesForwardOneStepAtATimeAndIsOverdueOnlyWhileUnservedPastItsSla() {
        Referral r = new Referral(1, "140106005000", "王秀英", 7, "迎泽区社区卫生服务中心", "血压偏高，需上门问诊", REQUESTED, 5);
        assertEquals(LocalDate.of(2026, 3, 6), r.getDueBy());
        assertFalse(r.isOverdue(LocalDate.of(2026, 3, 6)));
        assertTrue(r.isOverdue(LocalDate.of(2026, 3, 7)));
        r.advance(LocalDate.of(2026, 3, 2), null);
        assertEquals(ReferralStatus.ACCEPTED, r.getStatus());
        assertTrue(r.isOverdue(LocalDate.of(2026, 3, 7)), "accepted but not served is still overdue");
        r.advance(LocalDate.of(2026, 3, 8), null);
        assertEquals(ReferralStatus.SERVED, r.getStatus());
        assertEquals(LocalDate.of(2026, 3, 8), r.getServedOn());
        assertFalse(r.isOverdue(LocalDate.of(2026, 3, 20)));
        r.advance(LocalDate.of(2026, 3, 9), "已上门问诊并调整用药");
        assertEquals(ReferralStatus.CLOSED, r.getStatus());
        assertEquals("已上门问诊并调整用药", r.getOutcome());
        assertThrows(IllegalArgumentException.class, () -> r.advance(LocalDate.of(2026, 3, 10), null));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Referral(1, "s", "n", 7, "p", " ", REQUESTED, 5));
        assertThrows(IllegalArgumentException.class, () -> new Referral(1, "s", "n", 7, "p", "原因", REQUESTED, 0));
        assertThrows(IllegalArgumentException.class, () -> new Referral(1, "s", "n", 7, "p", "原因", REQUESTED, 91));
    }
}
