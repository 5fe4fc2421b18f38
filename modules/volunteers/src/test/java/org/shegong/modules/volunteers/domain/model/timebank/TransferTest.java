package org.shegong.modules.volunteers.domain.model.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransferTest {

    @Test
    void creditsSentToAnotherOperatorAreBookedInBothBanksUnderOneIdAndEachBankSumsToZero() {
        TimeAccount hopeIssued = new TimeAccount("issued", AccountKind.ISSUANCE);
        TimeAccount atHope = new TimeAccount(TimeAccount.volunteerCode(1), AccountKind.VOLUNTEER);
        TimeAccount sent = new TimeAccount(TimeAccount.sentTo("huide"), AccountKind.SENT);
        List<LedgerEntry> hope = new java.util.ArrayList<>(Transfer.between(hopeIssued, atHope, 60, "服务时长确认"));
        List<LedgerEntry> out = Transfer.between(atHope, sent, 40, "转至汇德公益");
        hope.addAll(out);

        TimeAccount received = new TimeAccount(TimeAccount.receivedFrom("hope"), AccountKind.ISSUANCE);
        TimeAccount atHuide = new TimeAccount(TimeAccount.volunteerCode(7), AccountKind.VOLUNTEER);
        TimeAccount services = new TimeAccount("services", AccountKind.SERVICES);
        List<LedgerEntry> huide = new java.util.ArrayList<>(Transfer.between(received, atHuide, 40, "来自希望", out.get(0).getTransferId()));
        huide.addAll(Transfer.between(atHuide, services, 30, "助老探访"));

        assertEquals(out.get(0).getTransferId(), huide.get(0).getTransferId(), "both halves carry one id");
        assertEquals(0, hope.stream().mapToLong(LedgerEntry::getMinutes).sum());
        assertEquals(0, huide.stream().mapToLong(LedgerEntry::getMinutes).sum());
        assertEquals(20, atHope.getBalanceMinutes());
        assertEquals(10, atHuide.getBalanceMinutes());
        assertThrows(IllegalArgumentException.class, () -> Transfer.between(atHuide, services, 11, "超额"), "no spend beyond the credit");
        assertThrows(IllegalArgumentException.class, () -> Transfer.between(sent, atHope, 41, "退回"), "a sent account never goes below zero");
        assertEquals(10, atHuide.getBalanceMinutes(), "a refused spend changes nothing");
    }


    @Test
    void aTransferIsTwoEntriesThatSumToZeroAndAnOverdraftWritesNothing() {
        TimeAccount issued = new TimeAccount("issued", AccountKind.ISSUANCE);
        TimeAccount volunteer = new TimeAccount(TimeAccount.volunteerCode(1), AccountKind.VOLUNTEER);
        TimeAccount services = new TimeAccount("services", AccountKind.SERVICES);
        List<LedgerEntry> credit = Transfer.between(issued, volunteer, 120, "服务时长确认");
        assertEquals(2, credit.size());
        assertEquals(0, credit.get(0).getMinutes() + credit.get(1).getMinutes());
        assertEquals(credit.get(0).getTransferId(), credit.get(1).getTransferId());
        assertEquals(-120, issued.getBalanceMinutes());

        org.shegong.platform.api.records.Refusal refused = assertThrows(org.shegong.platform.api.records.Refusal.class,
                () -> Transfer.between(volunteer, services, 121, "上门探访"));
        assertEquals("volunteers.refused.notEnoughCredit", refused.key(), refused.getMessage());
        assertEquals(java.util.List.of("2.0", 120L), refused.args(), "the balance is said in hours, as the portal shows it, and in minutes, as a spend is typed");
        assertEquals(120, volunteer.getBalanceMinutes(), "the refused spend changed no balance");
        assertEquals(0, services.getBalanceMinutes());
        assertThrows(IllegalArgumentException.class, () -> Transfer.between(volunteer, services, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> Transfer.between(volunteer, volunteer, 10, "x"));
        assertThrows(IllegalArgumentException.class, () -> Transfer.between(volunteer, services, 10, " "));
    }

    /**
     * Property: whatever random transfers are tried (credits, spends, donations, many refused), the
     * entries sum to zero, no account but the issuance one is ever below zero, and each account's
     * balance is the sum of its entries.
     */
    @Test
    void randomTransfersNeverBreakTheLedger() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<TimeAccount> accounts = new ArrayList<>();
            accounts.add(new TimeAccount("issued", AccountKind.ISSUANCE));
            accounts.add(new TimeAccount("services", AccountKind.SERVICES));
            accounts.add(new TimeAccount("pool", AccountKind.POOL));
            for (int v = 0; v < 8; v++) {
                accounts.add(new TimeAccount(TimeAccount.volunteerCode(v), AccountKind.VOLUNTEER));
            }
            List<LedgerEntry> ledger = new ArrayList<>();
            int refusals = 0;
            for (int i = 0; i < 2_000; i++) {
                TimeAccount from = accounts.get(random.nextInt(accounts.size()));
                TimeAccount to = accounts.get(random.nextInt(accounts.size()));
                long minutes = random.nextInt(300) - 20;
                try {
                    ledger.addAll(Transfer.between(from, to, minutes, "random " + i));
                } catch (IllegalArgumentException e) {
                    refusals++;
                }
                for (TimeAccount a : accounts) {
                    assertTrue(a.getKind().mayGoNegative() || a.getBalanceMinutes() >= 0, a.getCode() + " seed " + seed);
                }
            }
            assertEquals(0, ledger.stream().mapToLong(LedgerEntry::getMinutes).sum(), "seed " + seed);
            Map<String, Long> byAccount = new HashMap<>();
            ledger.forEach(e -> byAccount.merge(e.getAccountCode(), e.getMinutes(), Long::sum));
            for (TimeAccount a : accounts) {
                assertEquals(byAccount.getOrDefault(a.getCode(), 0L), a.getBalanceMinutes(), a.getCode() + " seed " + seed);
            }
            assertTrue(refusals > 0 && ledger.size() > 1_000, "the run tried both allowed and refused transfers");
        }
    }
}
