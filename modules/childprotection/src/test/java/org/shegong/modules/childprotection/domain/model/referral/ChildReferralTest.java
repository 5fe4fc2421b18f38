package org.shegong.modules.childprotection.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.Consent;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;

class ChildReferralTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final ChildCase CASE = new ChildCase(5, "李小花", "140106005000", 11L, CaseSource.SCHOOL, RiskLevel.MEDIUM, null,
            Instant.parse("2026-03-01T02:00:00Z"));

    @Test
    void itMovesRequestedAcceptedDoneAndIsOverdueWhileOpenPastItsSla() {
        ChildReferral r = new ChildReferral(CASE, Consent.given("王桂兰", DAY, Set.of(ConsentScope.SHARE_WITH_SCHOOL)),
                PartnerKind.SCHOOL, "老军营小学", "学业辅导", DAY, 7);
        assertEquals(ReferralStatus.REQUESTED, r.getStatus());
        assertFalse(r.isOverdue(DAY.plusDays(7)));
        assertTrue(r.isOverdue(DAY.plusDays(8)));
        assertThrows(IllegalArgumentException.class, () -> r.done(DAY, "完成"));
        r.accept(DAY.plusDays(1));
        assertTrue(r.isOverdue(DAY.plusDays(8)), "accepted but not done is still overdue");
        assertThrows(IllegalArgumentException.class, () -> r.done(DAY.plusDays(3), " "));
        r.done(DAY.plusDays(3), "学校安排课后辅导");
        assertEquals(ReferralStatus.DONE, r.getStatus());
        assertFalse(r.isOverdue(DAY.plusDays(30)));
        assertThrows(IllegalArgumentException.class, () -> r.refuse(DAY.plusDays(4), "x"));
    }

    @Test
    void aPartnerMayRefuseWithItsReason() {
        ChildReferral r = new ChildReferral(CASE, Consent.none(), PartnerKind.POLICE, "派出所", "疑似遭受侵害", DAY, 1);
        r.refuse(DAY, "不属于管辖范围");
        assertEquals(ReferralStatus.REFUSED, r.getStatus());
        assertEquals("不属于管辖范围", r.getOutcome());
    }

    @Test
    void withdrawnConsentRefusesSharingWithTheReasonButNotAReportToThePolice() {
        Child child = new Child(5, "李小花", null, "140106005000", new ChildDetails(ChildCategory.LEFT_BEHIND, null, true, "小学",
                "三年级", null, null, null, null, java.util.List.of(), null));
        child.consent(Consent.given("王桂兰", DAY, Set.of(ConsentScope.SHARE_WITH_HOSPITAL)));
        child.withdrawConsent(DAY.plusDays(1), "不愿透露病情");
        ConsentRefused refused = assertThrows(ConsentRefused.class, () -> new ChildReferral(CASE, child.getConsent(),
                PartnerKind.HOSPITAL, "市儿童医院", "心理评估", DAY.plusDays(2), 7));
        assertEquals("childprotection.refused.consentWithdrawn", refused.key());
        assertTrue(refused.args().contains("不愿透露病情"), refused.args().toString());
        assertThrows(ConsentRefused.class, () -> new ChildReferral(CASE, Consent.none(), PartnerKind.LEGAL_AID, "法律援助中心",
                "监护权", DAY, 7));
        new ChildReferral(CASE, child.getConsent(), PartnerKind.POLICE, "派出所", "强制报告", DAY.plusDays(2), 1);
    }

    @Test
    void badInputIsRefused() {
        Consent school = Consent.given("王桂兰", DAY, Set.of(ConsentScope.SHARE_WITH_SCHOOL));
        assertThrows(IllegalArgumentException.class, () -> new ChildReferral(CASE, school, null, "x", "y", DAY, 7));
        assertThrows(IllegalArgumentException.class, () -> new ChildReferral(CASE, school, PartnerKind.SCHOOL, " ", "y", DAY, 7));
        assertThrows(IllegalArgumentException.class, () -> new ChildReferral(CASE, school, PartnerKind.SCHOOL, "x", "y", DAY, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChildReferral(CASE, school, PartnerKind.SCHOOL, "x", "y", DAY, 91));
    }
}
