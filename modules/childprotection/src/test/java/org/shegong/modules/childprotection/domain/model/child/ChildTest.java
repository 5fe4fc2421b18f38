package org.shegong.modules.childprotection.domain.model.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

class ChildTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final List<Guardian> GRANDMOTHER = List.of(new Guardian("王桂兰", "祖母", "13800001111", true, null),
            new Guardian("李建国", "父亲", null, false, "服刑"));

    static ChildDetails minimum(ChildCategory category, UnattendedReason reason) {
        return new ChildDetails(category, reason, true, "老军营小学", "三年级", null, null, null, null, GRANDMOTHER, "赵敏");
    }

    static ChildDetails withHealth() {
        return new ChildDetails(ChildCategory.LEFT_BEHIND, null, true, "老军营小学", "三年级", null, "哮喘", null, "与祖母同住",
                GRANDMOTHER, "赵敏");
    }

    @Test
    void aChildIsUnder18AndOnTheir18thBirthdayTheyAreAnAdult() {
        LocalDate eighteenToday = DAY.minusYears(18);
        assertTrue(Child.isChildOn(eighteenToday.plusDays(1), DAY), "18 tomorrow: still a child");
        assertFalse(Child.isChildOn(eighteenToday, DAY), "18 today: an adult");
        assertFalse(Child.isChildOn(null, DAY), "no birth date on record: not known to be a child");
        Child.checkIsChild(eighteenToday.plusDays(1), DAY);
        Refusal adult = assertThrows(Refusal.class, () -> Child.checkIsChild(DAY.minusYears(35), DAY));
        assertEquals("childprotection.refused.notAChild", adult.key());
        assertEquals(List.of(35, 18), adult.args());
        assertThrows(Refusal.class, () -> Child.checkIsChild(eighteenToday, DAY));
    }

    @Test
    void withoutABirthDateTheRegisterCannotTellAChildAndRefusesSayingTheDateIsNeeded() {
        Refusal unknown = assertThrows(Refusal.class, () -> Child.checkIsChild(null, DAY));
        assertEquals("childprotection.refused.birthDateNeeded", unknown.key());
        assertEquals(List.of(18), unknown.args());
    }

    @Test
    void aDeFactoUnattendedChildNeedsIts62Reason() {
        assertThrows(IllegalArgumentException.class,
                () -> new Child(1, "李小花", null, "s", minimum(ChildCategory.DE_FACTO_UNATTENDED, null)));
        assertThrows(IllegalArgumentException.class,
                () -> new Child(1, "李小花", null, "s", minimum(ChildCategory.LEFT_BEHIND, UnattendedReason.IMPRISONED)));
        Child c = new Child(1, "李小花", null, "s", minimum(ChildCategory.DE_FACTO_UNATTENDED, UnattendedReason.IMPRISONED));
        assertEquals(UnattendedReason.IMPRISONED, c.getUnattendedReason());
    }

    @Test
    void schoolOrWhyNotAndALegalGuardian() {
        assertThrows(IllegalArgumentException.class, () -> new Child(1, "李小花", null, "s",
                new ChildDetails(ChildCategory.ORPHAN, null, false, null, null, " ", null, null, null, GRANDMOTHER, null)));
        assertThrows(IllegalArgumentException.class, () -> new Child(1, "李小花", null, "s",
                new ChildDetails(ChildCategory.ORPHAN, null, true, null, "三年级", null, null, null, null, GRANDMOTHER, null)));
        assertThrows(IllegalArgumentException.class, () -> new Child(1, "李小花", null, "s",
                new ChildDetails(ChildCategory.ORPHAN, null, true, "小学", null, null, null, null, null,
                        List.of(new Guardian("王桂兰", "祖母", null, false, null)), null)));
        Child out = new Child(1, "李小花", null, "s",
                new ChildDetails(ChildCategory.ORPHAN, null, false, "ignored", null, "因病休学", null, null, null, GRANDMOTHER, null));
        assertNull(out.getSchool());
        assertEquals("因病休学", out.getNotInSchoolReason());
        assertThrows(IllegalArgumentException.class, () -> new Guardian("王|桂兰", "祖母", null, true, null));
        assertThrows(IllegalArgumentException.class, () -> new Guardian("王桂兰", "祖母", "电话", true, null));
    }

    @Test
    void withoutRecordingConsentOnlyTheMinimumIsKeptAndAWithdrawalErasesTheRest() {
        Child c = new Child(1, "李小花", null, "s", minimum(ChildCategory.LEFT_BEHIND, null));
        Refusal refused = assertThrows(Refusal.class, () -> c.record(withHealth()));
        assertEquals("childprotection.refused.recordingConsent", refused.key());
        assertNull(c.getHealth(), "nothing written by the refused call");
        c.consent(Consent.given("王桂兰", DAY, Set.of(ConsentScope.RECORDING, ConsentScope.SHARE_WITH_SCHOOL)));
        c.record(withHealth());
        assertEquals("哮喘", c.getHealth());
        c.withdrawConsent(DAY.plusDays(10), "家长不希望再记录");
        assertNull(c.getHealth());
        assertNull(c.getHousehold());
        assertEquals("老军营小学", c.getSchool(), "the minimum stays");
        assertEquals(2, c.getGuardians().size());
        assertFalse(c.getConsent().isInForce());
        assertEquals("王桂兰", c.getConsent().getGivenBy(), "who consented is kept");
        assertThrows(IllegalArgumentException.class, () -> c.withdrawConsent(DAY.plusDays(11), "再次"));
    }

    @Test
    void consentIsGivenBySomeoneForSomethingAndSaysWhySharingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Consent.given(" ", DAY, Set.of(ConsentScope.RECORDING)));
        assertThrows(IllegalArgumentException.class, () -> Consent.given("王桂兰", DAY, Set.of()));
        Consent c = Consent.given("王桂兰", DAY, Set.of(ConsentScope.SHARE_WITH_SCHOOL));
        assertTrue(c.refusalFor(ConsentScope.SHARE_WITH_SCHOOL).isEmpty());
        assertTrue(c.refusalFor(ConsentScope.SHARE_WITH_HOSPITAL).isPresent());
        assertEquals("childprotection.refused.scopeNotConsented", c.refusalFor(ConsentScope.SHARE_WITH_HOSPITAL).orElseThrow().key());
        assertEquals("childprotection.refused.noConsent", Consent.none().refusalFor(ConsentScope.SHARE_WITH_SCHOOL).orElseThrow().key());
        Consent withdrawn = c.withdrawn(DAY.plusDays(1), "转学");
        Refusal why = withdrawn.refusalFor(ConsentScope.SHARE_WITH_SCHOOL).orElseThrow();
        assertEquals("childprotection.refused.consentWithdrawn", why.key());
        assertEquals(java.util.List.of(DAY.plusDays(1), "转学"), why.args(), "the day and the reason are said");
    }

    @Test
    void guardiansSurviveTheirColumn() {
        GuardiansConverter converter = new GuardiansConverter();
        assertEquals(GRANDMOTHER, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(GRANDMOTHER)));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }

    @Test
    void otherStaffSeeOnlyAMaskedName() {
        assertEquals("李**", new Child(1, "李小花", null, "s", minimum(ChildCategory.ORPHAN, null)).getMaskedName());
    }
}
