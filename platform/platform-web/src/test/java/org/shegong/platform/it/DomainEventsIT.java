package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.api.event.ActivityDone;
import org.shegong.platform.api.event.ContractEnded;
import org.shegong.platform.api.event.ContractStarted;
import org.shegong.platform.api.event.ModuleSwitched;
import org.shegong.platform.api.event.ResidentRegistered;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.it.probe.ProbeModule;
import org.shegong.platform.it.probe.ProbeObserver;

/**
 * The platform's domain events as a module hears them (issue 9 item 1), with the probe module's
 * observer: provisioning announces a module switched on and off and contracts coming into and out
 * of force, after commit; marking an activity done announces it once, with its participants; and an
 * observer inside the transaction that refuses a resident takes the registration down with it.
 */
@ExtendWith(ArquillianExtension.class)
class DomainEventsIT {

    static final TenantId HOPE = TenantId.of("hope");
    static final Identity HOPE_WORKER = new Identity("yingze.worker", "苗婷婷", Set.of(Role.SOCIAL_WORKER),
            Optional.of(HOPE), Set.of(Fixtures.STREET_YINGZE), Optional.empty());

    @Deployment
    static WebArchive deployment() {
        return ShegongDeployment.withTests(DomainEventsIT.class, ProbeModule.class, ProbeObserver.class)
                .addAsResource("org/shegong/platform/it/probe/messages.properties")
                .addAsResource("org/shegong/platform/it/probe/messages_zh_CN.properties");
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    ProbeObserver observer;

    @Inject
    ActAs actAs;

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    Clock clock;

    @Test
    void provisioningAnnouncesModuleSwitchesAndContractsInAndOutOfForce(@TempDir Path dir) throws Exception {
        // A fresh operator each run, so a second run against the same database hears the same story.
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String code = "it-ev" + suffix;
        TenantId tenant = TenantId.of(code);
        String number = "IT-EV" + suffix.toUpperCase(java.util.Locale.ROOT);
        String descriptor = Fixtures.operatorLikeTongxin(code, "事件测试中心" + suffix, "\"probe\"");

        Fixtures.provision(provisioning, dir, code, descriptor);
        Set<Object> started = Set.of(new ModuleSwitched(tenant, "probe", true),
                new ContractStarted(tenant, number + "-002", "140106002000", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28)),
                new ContractStarted(tenant, number + "-004", "140106004000", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28)));
        assertEquals(started, Set.copyOf(heardOf(tenant)));
        assertEquals(3, heardOf(tenant).size());

        String endedAndOff = descriptor.replace("\"modules\": [\"probe\"]", "\"modules\": []")
                .replaceFirst("(\"number\": \"" + number + "-004\",[^}]*\"endsOn\": \")2027-02-28", "$12025-12-31");
        Fixtures.provision(provisioning, dir, code, endedAndOff);
        Set<Object> ended = new java.util.HashSet<>(started);
        ended.add(new ModuleSwitched(tenant, "probe", false));
        ended.add(new ContractEnded(tenant, number + "-004", "140106004000", LocalDate.of(2025, 12, 31)));
        assertEquals(ended, Set.copyOf(heardOf(tenant)));
        assertEquals(5, heardOf(tenant).size());

        Fixtures.provision(provisioning, dir, code, endedAndOff);
        assertEquals(5, heardOf(tenant).size(), "the same descriptor again changes nothing and announces nothing");
    }

    @Test
    void anActivityDoneIsAnnouncedOnceWithItsParticipants() {
        LocalDate today = LocalDate.now(clock);
        long resident = as(() -> residents.register(Fixtures.resident("活动居民", Fixtures.freshIdNumber(),
                Fixtures.COMMUNITY_YINGZE)).getId());
        long activity = as(() -> {
            long id = activities.plan("探针活动", ActivityType.GROUP_ACTIVITY, today, Fixtures.STREET_YINGZE, "probe").getId();
            activities.addParticipantInStreets(id, resident, Set.of(Fixtures.STREET_YINGZE));
            return id;
        });
        as(() -> activities.markDone(activity));
        as(() -> activities.markDone(activity));
        List<Object> done = observer.heard().stream()
                .filter(e -> e instanceof ActivityDone d && d.activityId() == activity).toList();
        assertEquals(List.of(new ActivityDone(HOPE, activity, Fixtures.STREET_YINGZE, today, "probe", Set.of(resident))), done);
    }

    @Test
    void anObserverInsideTheTransactionTakesTheChangeDownWithIt() throws Exception {
        String name = ProbeObserver.REFUSED + Fixtures.freshIdNumber().substring(12);
        assertThrows(IllegalStateException.class, () -> as(() -> residents.register(
                Fixtures.resident(name, Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE))));
        assertEquals(0L, Fixtures.countRows("resident where name = '" + name + "'"), "no resident without the module's consent");
        assertEquals(0L, Fixtures.countRows("audit_entry where details like '%" + name + "%'"), "and no history entry");

        String accepted = "探针收下" + Fixtures.freshIdNumber().substring(12);
        long id = as(() -> residents.register(Fixtures.resident(accepted, Fixtures.freshIdNumber(), Fixtures.COMMUNITY_YINGZE)).getId());
        ResidentRegistered heard = observer.heard().stream().filter(e -> e instanceof ResidentRegistered r && r.residentId() == id)
                .map(ResidentRegistered.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(HOPE, accepted, Fixtures.STREET_YINGZE, Fixtures.COMMUNITY_YINGZE),
                List.of(heard.tenant(), heard.name(), heard.streetCode(), heard.communityCode()));
    }

    private List<Object> heardOf(TenantId tenant) {
        return observer.heard().stream().filter(e -> (e instanceof ModuleSwitched m && m.tenant().equals(tenant))
                || (e instanceof ContractStarted c && c.tenant().equals(tenant))
                || (e instanceof ContractEnded c && c.tenant().equals(tenant))).toList();
    }

    private <T> T as(Callable<T> call) {
        return actAs.person(HOPE_WORKER, call);
    }
}
