package org.shegong.modules.volunteers.domain.model.certificate;

import org.shegong.platform.api.directory.NameMask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;

class CertificateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Certificate.Statement NOTHING_ADDED = new Certificate.Statement(null, null, null, null);

    static Volunteer zhangYue() {
        Volunteer v = new Volunteer("V000017", "140106005000", "cipher", "index", "1401**********0021", LocalDate.of(2024, 3, 1)) {
            @Override
            public Long getId() {
                return 17L;
            }
        };
        v.describe("张悦", Gender.FEMALE, null, AffiliationKind.UNIVERSITY, "山西大学", Set.of(), null, null);
        return v;
    }

    static List<ServiceLine> services() {
        return List.of(new ServiceLine(LocalDate.of(2026, 3, 2), "助老探访", 90),
                new ServiceLine(LocalDate.of(2026, 5, 9), "社区义诊", 100),
                new ServiceLine(LocalDate.of(2025, 11, 20), "助老探访", 180));
    }

    static Certificate issue(Certificate.Statement what) {
        return new Certificate("ZY2026-000001", CertificateToken.next(), zhangYue(), "希望社会工作服务中心",
                LocalDate.of(2026, 11, 30), services(), what, TODAY, "laojunying.lead");
    }

    @Test
    void itCopiesTheHoldersBasicInformationAndSumsTheServices() {
        Certificate c = issue(new Certificate.Statement(" 急救培训8学时 ", "", "服务认真", LocalDate.of(2027, 6, 30)));
        assertEquals("张悦", c.getHolderName());
        assertEquals(Gender.FEMALE, c.getHolderGender());
        assertEquals("1401**********0021", c.getHolderIdMasked());
        assertEquals("V000017", c.getVolunteerNumber());
        assertEquals(17L, c.getVolunteerId());
        assertEquals("山西大学", c.getAffiliationName());
        assertEquals(370, c.getTotalMinutes());
        assertEquals("6.2", c.hours(), "370 minutes, one decimal, half up");
        assertEquals(3, c.getServiceCount());
        assertEquals(LocalDate.of(2025, 11, 20), c.getFirstServedOn());
        assertEquals(LocalDate.of(2026, 5, 9), c.getLastServedOn());
        assertEquals("急救培训8学时", c.getTraining());
        assertNull(c.getCommendations(), "empty is nothing, not a blank");
        assertEquals(LocalDate.of(2027, 6, 30), c.getValidUntil());
        assertEquals("张*", c.maskedName());
    }

    @Test
    void nothingConfirmedOrAServiceDayLaterThanIssueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Certificate("ZY2026-000001", CertificateToken.next(), zhangYue(),
                "希望", TODAY, List.of(), NOTHING_ADDED, TODAY, "lead"), "nothing to certify");
        assertThrows(IllegalArgumentException.class, () -> new Certificate("ZY2026-000001", CertificateToken.next(), zhangYue(),
                "希望", TODAY.plusDays(1), services(), NOTHING_ADDED, TODAY, "lead"), "service up to a day in the future");
        assertThrows(IllegalArgumentException.class, () -> new Certificate("ZY2026-000001", CertificateToken.next(), zhangYue(),
                "希望", null, services(), NOTHING_ADDED, TODAY, "lead"));
        assertThrows(IllegalArgumentException.class, () -> new Certificate("ZY2026-000001", CertificateToken.next(), zhangYue(),
                "希望", LocalDate.of(2026, 4, 1), services(), NOTHING_ADDED, TODAY, "lead"), "a line past the day");
        assertThrows(IllegalArgumentException.class, () -> new Certificate("ZY2026-000001", "1", zhangYue(),
                "希望", TODAY, services(), NOTHING_ADDED, TODAY, "lead"), "a guessable token");
        assertThrows(IllegalArgumentException.class, () -> issue(new Certificate.Statement("x".repeat(501), null, null, null)));
    }

    @Test
    void validForAYearByDefaultAtMostFiveAndAfterItsIssue() {
        Certificate c = issue(NOTHING_ADDED);
        assertEquals(TODAY.plusYears(1), c.getValidUntil());
        assertEquals(CertificateState.VALID, c.stateOn(TODAY));
        assertEquals(CertificateState.VALID, c.stateOn(TODAY.plusYears(1)), "the last day included");
        assertEquals(CertificateState.EXPIRED, c.stateOn(TODAY.plusYears(1).plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> issue(new Certificate.Statement(null, null, null, TODAY)));
        assertThrows(IllegalArgumentException.class, () -> issue(new Certificate.Statement(null, null, null, TODAY.plusYears(5).plusDays(1))));
        assertEquals(TODAY.plusYears(5), issue(new Certificate.Statement(null, null, null, TODAY.plusYears(5))).getValidUntil());
    }

    @Test
    void revokedOnceWithWhoWhyAndWhenAndThatWinsOverValidity() {
        Certificate c = issue(NOTHING_ADDED);
        assertThrows(IllegalArgumentException.class, () -> c.revoke("  ", "lead", Instant.EPOCH, TODAY), "no reason");
        assertThrows(IllegalArgumentException.class, () -> c.revoke("x".repeat(201), "lead", Instant.EPOCH, TODAY));
        assertFalse(c.revoked(), "refused revocations leave it valid");
        c.revoke(" 时长录入有误 ", "laojunying.lead", Instant.parse("2026-12-02T02:00:00Z"), TODAY.plusDays(1));
        assertTrue(c.revoked());
        assertEquals("时长录入有误", c.getRevokedReason());
        assertEquals("laojunying.lead", c.getRevokedBy());
        assertEquals(TODAY.plusDays(1), c.getRevokedOn());
        assertEquals(CertificateState.REVOKED, c.stateOn(TODAY.plusDays(2)));
        assertThrows(IllegalArgumentException.class, () -> c.revoke("again", "lead", Instant.EPOCH, TODAY), "once");
        assertEquals("时长录入有误", c.getRevokedReason(), "the first revocation is kept");
    }

    @Test
    void tokensAreRandomAndOnlyTheirShapeIsLookedUp() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = CertificateToken.next();
            assertTrue(CertificateToken.wellFormed(t), t);
            assertTrue(seen.add(t));
        }
        assertFalse(CertificateToken.wellFormed(null));
        assertFalse(CertificateToken.wellFormed(""));
        assertFalse(CertificateToken.wellFormed("ZY2026-000001"), "the serial is not the token");
        assertFalse(CertificateToken.wellFormed("abcdefghijklmnopqrstu'"));
        assertFalse(CertificateToken.wellFormed("abcdefghijklmnopqrstuvw"), "23 characters");
    }

    @Test
    void serialsAreTheOperatorsRunningNumberInTheYear() {
        assertEquals("ZY2026-000017", CertificateSerial.of(2026, 17));
        assertEquals(17, CertificateSerial.numberOf("ZY2026-000017", 2026));
        assertEquals(0, CertificateSerial.numberOf("ZY2025-000017", 2026), "another year starts again at 1");
        assertEquals(0, CertificateSerial.numberOf("garbage", 2026));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerial.of(2026, 0));
        assertNotEquals(CertificateSerial.of(2026, 1), CertificateSerial.of(2027, 1));
    }

    @Test
    void namesAreMaskedAfterTheirFirstCharacter() {
        assertEquals("张*", NameMask.of("张悦"));
        assertEquals("欧***", NameMask.of("欧阳娜娜"));
        assertEquals("李*", NameMask.of("李"), "a one-character name still hides its length");
        assertEquals("𠀋*", NameMask.of("𠀋一"), "a character outside the BMP is one character");
        assertEquals("*", NameMask.of(" "));
    }

    @Test
    void hoursHaveOneDecimal() {
        assertEquals("0.0", Hours.of(0));
        assertEquals("1.5", Hours.of(90));
        assertEquals("1.7", Hours.of(100));
        assertEquals("1000.0", Hours.of(60_000));
    }
}
