package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.PanelSlot;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.PanelSlots;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.it.probe.ProbeOperators;

/**
 * Panels in slots: the probe puts one panel in each slot, seen with {@code probe.panels.see}
 * (station leads, operator admins, civil affairs — not social workers). Shown to the permitted
 * roles of an operator with the probe on, hidden from others and where the probe is off; elder
 * care's two panels keep their places.
 */
@ExtendWith(ArquillianExtension.class)
class PanelSlotsIT {

    private static final Set<PanelSlot> OPERATOR_SLOTS = EnumSet.of(PanelSlot.RESIDENT_PAGE, PanelSlot.STATION_START,
            PanelSlot.OPERATOR_START);

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(PanelSlotsIT.class);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    PanelSlots slots;

    TenantId probeOn;
    TenantId probeOff;

    @BeforeEach
    void operators() throws Exception {
        probeOn = ProbeOperators.ensure(provisioning, "it-panela", "面板测试甲", "\"probe\"");
        probeOff = ProbeOperators.ensure(provisioning, "it-panelb", "面板测试乙", "\"eldercare\"");
    }

    @Test
    void eachSlotShowsTheProbePanelToThePermittedRolesOnly() {
        for (PanelSlot slot : OPERATOR_SLOTS) {
            assertEquals(1, probe(slot, staff(probeOn, Role.STATION_LEAD)).size(), slot.name());
            assertEquals(1, probe(slot, staff(probeOn, Role.OPERATOR_ADMIN)).size(), slot.name());
            assertEquals(List.of(), probe(slot, staff(probeOn, Role.SOCIAL_WORKER)), slot + ": a social worker lacks the permission");
        }
        assertEquals(List.of("region"), probe(PanelSlot.REGION_DASHBOARD, civilAffairs(Optional.of("140106"))));
        assertEquals(List.of(), probe(PanelSlot.REGION_DASHBOARD, civilAffairs(Optional.empty())), "no region, no dashboard");
        assertEquals(List.of(), probe(PanelSlot.REGION_DASHBOARD, staff(probeOn, Role.STATION_LEAD)), "the region slot is civil affairs'");
        assertEquals(List.of(), probe(PanelSlot.OPERATOR_START, civilAffairs(Optional.of("140106"))), "civil affairs has no operator");
        assertEquals(List.of("station"), probe(PanelSlot.STATION_START, staff(probeOn, Role.STATION_LEAD)), "each panel in its own slot");
    }

    @Test
    void aModuleSwitchedOffShowsNoPanelToAnyone() {
        for (PanelSlot slot : OPERATOR_SLOTS) {
            for (Role role : List.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER)) {
                assertEquals(List.of(), probe(slot, staff(probeOff, role)), slot + " " + role);
            }
        }
    }

    @Test
    void elderCaresPanelsStayOnTheResidentAndStationPagesOfOperatorsWithElderCareOn() {
        for (Role role : List.of(Role.STATION_LEAD, Role.SOCIAL_WORKER)) {
            assertEquals(List.of("resident"), panels(PanelSlot.RESIDENT_PAGE, "eldercare", staff(probeOff, role)));
            assertEquals(List.of("overdue"), panels(PanelSlot.STATION_START, "eldercare", staff(probeOff, role)));
            assertEquals(List.of(), panels(PanelSlot.STATION_START, "eldercare", staff(probeOn, role)), "elder care is off there");
        }
        assertEquals(List.of(), panels(PanelSlot.OPERATOR_START, "eldercare", staff(probeOff, Role.OPERATOR_ADMIN)));
    }

    private List<String> probe(PanelSlot slot, Identity person) {
        return panels(slot, "probe", person);
    }

    private List<String> panels(PanelSlot slot, String moduleId, Identity person) {
        return slots.in(slot, person).stream().filter(p -> p.module().id().equals(moduleId)).map(p -> p.panel().id()).toList();
    }

    private static Identity staff(TenantId tenant, Role role) {
        return new Identity(tenant.value() + "." + role.claim(), "测试", Set.of(role), Optional.of(tenant),
                Set.of(ProbeOperators.STREET_1), Optional.empty());
    }

    private static Identity civilAffairs(Optional<String> region) {
        return new Identity("it.mz", "民政测试", Set.of(Role.CIVIL_AFFAIRS), Optional.empty(), Set.of(), region);
    }
}
