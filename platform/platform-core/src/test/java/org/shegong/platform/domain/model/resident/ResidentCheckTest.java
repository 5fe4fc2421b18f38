package org.shegong.platform.domain.model.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.records.Refusals;

/**
 * A resident's rules are all asked before any refuses (a form says every problem in one submit), each
 * reason about its field; the refusal then gives its first reason where only one is said (the API).
 */
class ResidentCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void everyBrokenRuleIsSaidAboutItsField() {
        Refusals.Collector refused = Refusals.collector();
        Resident.check(refused, null, null, TODAY.plusDays(3), null,
                EnumSet.of(ResidentCategory.CHILD), TODAY);
        Resident.check(refused, null, null, LocalDate.of(1960, 3, 1), LocalDate.of(1999, 12, 31),
                EnumSet.of(ResidentCategory.CHILD), TODAY);
        List<Refusal> found = refused.found();
        assertEquals(List.of("birthDate", "registeredOn", "registeredOn", "categories"),
                found.stream().map(Refusal::field).toList());
        assertEquals(List.of("resident.refused.birthDateRange", "resident.refused.registeredOnRequired",
                "resident.refused.registeredOnRange", "resident.refused.childAge"), found.stream().map(Refusal::key).toList());

        Refusals all = assertThrows(Refusals.class, refused::refuseIfAny);
        assertEquals(4, all.each().size());
        assertEquals("resident.refused.birthDateRange", all.key(), "said as one reason, the first");
        assertEquals("birthDate", all.field());
        assertInstanceOf(IllegalArgumentException.class, all, "bad input, wherever bad input is answered");
    }

    @Test
    void aBirthDateInsideTheIdNumberIsSaidAboutTheIdNumber() {
        String bornIn2030 = "14010620300512123";
        IdNumber idNumber = IdNumber.of(bornIn2030 + IdNumber.checkCharFor(bornIn2030));
        Refusals.Collector refused = Refusals.collector();
        Resident.check(refused, null, idNumber, LocalDate.of(1980, 1, 1), TODAY, Set.of(), TODAY);
        Refusal only = assertThrows(Refusal.class, refused::refuseIfAny);
        assertEquals("idNumber", only.field());
        assertEquals(List.of("2030-05-12"), only.args());
    }

    @Test
    void goodValuesAreNotRefused() {
        Refusals.Collector refused = Refusals.collector();
        Resident.check(refused, null, null, LocalDate.of(1950, 1, 1), TODAY, EnumSet.of(ResidentCategory.ELDER), TODAY);
        assertTrue(refused.found().isEmpty(), refused.found().toString());
        refused.refuseIfAny();
    }

    @Test
    void theCollectorGoesOnAfterARefusedRuleAndKeepsEachReasonsOwnField() {
        Refusals.Collector refused = Refusals.collector();
        assertEquals(null, refused.check("idNumber", () -> IdNumber.of("123")));
        assertEquals("ok", refused.check("name", () -> "ok"));
        refused.add("phone", new Refusal("resident.refused.phone"));
        refused.add("ignored", new Refusal("resident.refused.nameRequired").about("name"));
        assertTrue(refused.refused("idNumber") && refused.refused("phone") && refused.refused("name"));
        assertEquals(List.of("idNumber", "phone", "name"), refused.found().stream().map(Refusal::field).toList());
        assertInstanceOf(InvalidIdNumberException.class, refused.found().get(0), "the refusal itself, as its rule threw it");
    }
}
