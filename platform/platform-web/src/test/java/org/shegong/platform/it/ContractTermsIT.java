package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.provisioning.OperatorAdministration;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Metric;

/**
 * The platform admin's contracts keep one contract in force per street: a contract whose term shares
 * a day with another at the same station — of another operator or the same — is refused with that
 * contract's number, operator and term; a term that starts the day after the other ends is taken.
 * An agreed target is at least 1 and a share (percent) at most 100. Every refusal writes nothing.
 * Each test contracts a street of its own ({@link Fixtures#freeStreet()}), in any year.
 */
@ExtendWith(ArquillianExtension.class)
class ContractTermsIT {

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(ContractTermsIT.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    OperatorAdministration administration;

    @Inject
    ContractRepository contracts;

    @Inject
    ActAs actAs;

    final Identity platformAdmin = new Identity("platform.admin", "平台管理员", Set.of(Role.PLATFORM_ADMIN), Optional.empty(),
            Set.of(), Optional.empty());
    String first;
    String second;
    String run;

    @BeforeEach
    void twoOperators(@TempDir Path dir) throws Exception {
        run = Long.toString(System.nanoTime() % 1_000_000, 36);
        first = "it-terms" + run;
        second = "it-terms" + run + "b";
        Fixtures.provision(provisioning, dir, first, Fixtures.operatorLikeTongxin(first, "合同期中心甲" + run, "\"eldercare\""));
        Fixtures.provision(provisioning, dir, second, Fixtures.operatorLikeTongxin(second, "合同期中心乙" + run, "\"eldercare\""));
    }

    @Test
    void aContractOverlappingAnotherAtTheStreetIsRefusedNamingItAndTheDayAfterItEndsIsFree() {
        Fixtures.TestStreet street = Fixtures.freeStreet();
        String held = number("A");
        add(first, held, street.code(), day("2031-01-01"), day("2031-12-31"), Map.of("activities", 40));
        int firstHeld = contracts.heldBy(TenantId.of(first)).size();
        int secondHeld = contracts.heldBy(TenantId.of(second)).size();

        List<LocalDate[]> overlapping = List.of(
                new LocalDate[] {day("2031-12-31"), day("2032-12-31")},   // shares its last day
                new LocalDate[] {day("2030-01-01"), day("2031-01-01")},   // shares its first day
                new LocalDate[] {day("2031-03-01"), day("2031-04-30")},   // inside it
                new LocalDate[] {day("2030-01-01"), day("2033-12-31")});  // around it
        for (LocalDate[] term : overlapping) {
            for (String operator : List.of(second, first)) {
                Refusal refused = assertThrows(Refusal.class,
                        () -> add(operator, number("B"), street.code(), term[0], term[1], Map.of()), operator + " " + term[0]);
                assertEquals("contract.refused.overlap", refused.key());
                String said = Reasons.text(refused, Locale.SIMPLIFIED_CHINESE);
                assertTrue(said.contains(held) && said.contains("合同期中心甲" + run) && said.contains("2031-01-01")
                        && said.contains("2031-12-31"), "the other contract, its operator and its term: " + said);
                String english = Reasons.text(refused, Locale.ENGLISH);
                assertTrue(english.contains(held) && english.contains("overlaps"), english);
            }
        }
        assertEquals(firstHeld, contracts.heldBy(TenantId.of(first)).size(), "nothing was written");
        assertEquals(secondHeld, contracts.heldBy(TenantId.of(second)).size(), "nothing was written");

        // The day after it ends, the street is free for the next operator; the one before it starts too.
        String next = number("C");
        add(second, next, street.code(), day("2032-01-01"), day("2032-12-31"), Map.of());
        add(second, number("D"), street.code(), day("2030-01-01"), day("2030-12-31"), Map.of());
        assertEquals(second, contracts.findByNumber(next).orElseThrow().getOperator().getCode());
        // Another street is another matter: the same term there is taken.
        add(second, number("E"), Fixtures.freeStreet().code(), day("2031-01-01"), day("2031-12-31"), Map.of());
        // A term across both now names the earlier of the two it meets.
        Refusal across = assertThrows(Refusal.class,
                () -> add(first, number("F"), street.code(), day("2031-06-01"), day("2032-06-30"), Map.of()));
        assertEquals(held, across.args().get(0));
        assertEquals(List.of(day("2030-01-01"), day("2031-01-01"), day("2032-01-01")),
                contracts.overlapping(contracts.findByNumber(held).orElseThrow().getStation(), day("2030-06-01"), day("2032-01-01"))
                        .stream().map(Contract::getStartsOn).toList(), "the repository's overlapping(street, from, to), earliest first");
    }

    /**
     * Admins adding overlapping contracts at one street at the same moment (four at once, thrice): one is
     * taken, the others refused — the check ran before the write, so two could find the street free.
     */
    @Test
    void ofOverlappingContractsAddedAtOnceExactlyOneIsTaken() throws Exception {
        jakarta.enterprise.concurrent.ManagedExecutorService threads =
                javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < 3; round++) {
            String street = Fixtures.freeStreet().code();
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
            List<java.util.concurrent.Future<String>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String operator = i % 2 == 0 ? first : second;
                String number = number("R" + i);
                tries.add(threads.submit(() -> {
                    together.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    try {
                        add(operator, number, street, day("2031-01-01"), day("2031-12-31"), Map.of());
                        return "taken";
                    } catch (RuntimeException e) {
                        Refusal refused = Reasons.refusal(e);
                        return refused == null ? e.toString() : refused.key();
                    }
                }));
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> t : tries) {
                outcomes.add(t.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(outcomes);
            assertEquals(List.of("contract.refused.overlap", "contract.refused.overlap", "contract.refused.overlap", "taken"), outcomes,
                    "round " + round);
        }
    }

    @Test
    void anAgreedTargetIsAtLeastOneAndAShareAtMostAHundredPercent() {
        Fixtures.TestStreet street = Fixtures.freeStreet();
        int held = contracts.heldBy(TenantId.of(first)).size();
        Map<Map<String, Integer>, String> bad = Map.of(
                Map.of("activities", 0), "contract.refused.target",
                Map.of("activities", -3), "contract.refused.target",
                Map.of("activities", 1_000_001), "contract.refused.target",
                Map.of("eldercare.anti-fraud-coverage", 101), "contract.refused.sharePercent",
                Map.of("eldercare.anti-fraud-coverage", 0), "contract.refused.target");
        for (Map.Entry<Map<String, Integer>, String> targets : bad.entrySet()) {
            Refusal refused = assertThrows(Refusal.class,
                    () -> add(first, number("T"), street.code(), day("2031-01-01"), day("2031-12-31"), targets.getKey()),
                    targets.toString());
            assertEquals(targets.getValue(), refused.key(), targets.toString());
            String said = Reasons.text(refused, Locale.SIMPLIFIED_CHINESE);
            assertTrue(said.contains(targets.getKey().containsKey("activities") ? "已完成活动" : "防诈骗宣传覆盖率"),
                    "the target by its label, not its code: " + said);
            assertTrue(!said.contains("contract.refused") && !said.contains("eldercare."), said);
        }
        // A figure no module of the operator counts (volunteers is off) is named by its label too.
        Refusal off = assertThrows(Refusal.class, () -> add(first, number("T"), street.code(), day("2031-01-01"), day("2031-12-31"),
                Map.of("volunteers.mobilised", 5)));
        assertEquals("contract.refused.metricOff", off.key());
        assertTrue(Reasons.text(off, Locale.SIMPLIFIED_CHINESE).contains("动员志愿者"), Reasons.text(off, Locale.SIMPLIFIED_CHINESE));
        assertEquals(held, contracts.heldBy(TenantId.of(first)).size(), "nothing was written");

        String agreed = number("G");
        add(first, agreed, street.code(), day("2031-01-01"), day("2031-12-31"),
                Map.of("activities", 1, "eldercare.anti-fraud-coverage", 100));
        Contract kept = contracts.findByNumber(agreed).orElseThrow();
        assertEquals(1, kept.targetFor(Metric.ACTIVITIES).orElseThrow().getPerYear());
        assertEquals(100, kept.targetFor(new Metric("eldercare.anti-fraud-coverage")).orElseThrow().getPerYear());
    }

    private void add(String operator, String number, String street, LocalDate from, LocalDate to, Map<String, Integer> targets) {
        actAs.withoutTenant(platformAdmin, () -> administration.addContract(operator, number, street, from, to, targets));
    }

    private String number(String which) {
        return "IT-TERMS-" + run.toUpperCase(Locale.ROOT) + "-" + which + Long.toString(System.nanoTime() % 10_000, 36).toUpperCase(Locale.ROOT);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
