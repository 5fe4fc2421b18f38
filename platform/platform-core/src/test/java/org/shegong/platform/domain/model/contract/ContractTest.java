package org.shegong.platform.domain.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.tenant.Tenant;

class ContractTest {

    private final Region province = new Region("140000000000", "山西省", RegionLevel.PROVINCE, null);
    private final Region city = new Region("140100000000", "太原市", RegionLevel.CITY, province);
    private final Region district = new Region("140106000000", "迎泽区", RegionLevel.DISTRICT, city);
    private final Region street = new Region("140106003000", "文庙街道", RegionLevel.STREET, district);
    private final Contract contract = new Contract("YZMZ-1", new Tenant(TenantId.of("huide"), "汇德公益"),
            new Station(street, "文庙街道社会工作服务站"));

    @Test
    void isInForceOnEveryDayOfItsPeriodOnly() {
        contract.setTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of());
        assertTrue(contract.isInForceOn(LocalDate.of(2024, 1, 1)));
        assertTrue(contract.isInForceOn(LocalDate.of(2024, 12, 31)));
        assertFalse(contract.isInForceOn(LocalDate.of(2025, 1, 1)));
        assertFalse(contract.isInForceOn(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void keepsOneTargetPerMetric() {
        contract.setTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                List.of(new Target(Metric.ACTIVITIES, 120), new Target(new Metric("childprotection.cases"), 30)));
        assertEquals(120, contract.targetFor(Metric.ACTIVITIES).orElseThrow().getPerYear());
        assertThrows(IllegalArgumentException.class, () -> contract.setTerms(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), List.of(new Target(new Metric("childprotection.cases"), 1), new Target(new Metric("childprotection.cases"), 2))));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> contract.setTerms(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31), List.of()));
    }

    @Test
    void regionsNestOneLevelAtATime() {
        assertThrows(IllegalArgumentException.class,
                () -> new Region("140106001001", "某社区", RegionLevel.COMMUNITY, district));
        assertThrows(IllegalArgumentException.class, () -> new Station(district, "区级站"));
        assertTrue(street.isWithin(province));
        assertFalse(province.isWithin(street));
    }

    @Test
    void endsEarlyOnlyWithinItsTerm() {
        contract.setTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of());
        assertEquals(LocalDate.of(2024, 6, 30), contract.earlyEnd(LocalDate.of(2024, 6, 30)));
        assertEquals(LocalDate.of(2024, 1, 1), contract.earlyEnd(LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> contract.earlyEnd(LocalDate.of(2023, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> contract.earlyEnd(LocalDate.of(2025, 1, 1)), "not an extension");
        assertThrows(IllegalArgumentException.class, () -> contract.earlyEnd(null));
    }

    @Test
    void aTermSharingADayWithAnotherAtTheStationIsRefusedNamingItAndTheDayAfterIsFree() {
        contract.setTerms(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), List.of());
        Contract next = new Contract("YZMZ-2", new Tenant(TenantId.of("hope"), "希望社会工作服务中心"), contract.getStation());
        next.setTerms(LocalDate.of(2031, 12, 31), LocalDate.of(2032, 12, 31), List.of());
        org.shegong.platform.api.records.Refusal refused = assertThrows(org.shegong.platform.api.records.Refusal.class,
                () -> next.refuseOverlapWith(contract));
        assertEquals("contract.refused.overlap", refused.key());
        assertEquals(List.of("YZMZ-1", "汇德公益", "2031-01-01", "2031-12-31"), refused.args());

        next.setTerms(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), List.of());
        next.refuseOverlapWith(contract);
        contract.refuseOverlapWith(contract);
        Contract elsewhere = new Contract("YZMZ-3", contract.getOperator(),
                new Station(new Region("140106001000", "迎泽街道", RegionLevel.STREET, district), "迎泽街道社会工作服务站"));
        elsewhere.setTerms(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), List.of());
        elsewhere.refuseOverlapWith(contract);
    }

    @Test
    void anAgreedTargetIsAtLeastOneAndAShareAtMostAHundred() {
        assertEquals(1, Target.agreed(Metric.ACTIVITIES, 1, false, "活动").getPerYear());
        assertEquals(100, Target.agreed(new Metric("eldercare.anti-fraud-coverage"), 100, true, "覆盖率").getPerYear());
        assertEquals(Target.MOST, Target.agreed(Metric.ACTIVITIES, Target.MOST, false, "活动").getPerYear());
        for (int bad : new int[] {0, -1, Target.MOST + 1}) {
            assertEquals("contract.refused.target", assertThrows(org.shegong.platform.api.records.Refusal.class,
                    () -> Target.agreed(Metric.ACTIVITIES, bad, false, "活动")).key(), "" + bad);
        }
        assertEquals("contract.refused.sharePercent", assertThrows(org.shegong.platform.api.records.Refusal.class,
                () -> Target.agreed(new Metric("eldercare.anti-fraud-coverage"), 101, true, "覆盖率")).key());
    }
}
