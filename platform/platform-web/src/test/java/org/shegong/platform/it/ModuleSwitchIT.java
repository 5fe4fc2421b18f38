package org.shegong.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.application.dashboard.DashboardView;
import org.shegong.platform.application.dashboard.RegionDashboard;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.metrics.RollUpRefresh;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shegong.platform.infrastructure.ClockProducer;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.contracts.TargetProgress;
import org.shegong.platform.application.provisioning.TenantProvisioning;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.it.client.Api;
import org.shegong.platform.it.client.Keycloak;

/**
 * The module SPI end to end, with a module that only the test archive contains: on for an operator
 * it shows in the menu, answers on its URLs and counts toward a contract target; switched off it
 * vanishes (404) while its data stays; switched on again everything is back.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleSwitchIT {

    static final TenantId PROBE_OPERATOR = TenantId.of("it-probe");

    @Deployment
    static WebArchive deployment() {
        return ProbeDeployment.withTests(ModuleSwitchIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantWork work;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractProgress progress;

    @Inject
    RegionDashboard dashboard;

    @Inject
    RollUpRefresh rollUps;

    @Test
    void aModuleSwitchedOffVanishesKeepsItsDataAndComesBack(@TempDir Path dir) throws Exception {
        Api api = new Api(base);
        String descriptor = probeOperator();
        apply(dir, descriptor);

        String lead = Keycloak.accessToken("it-probe.lead");
        JsonObject me = Keycloak.json(api.get("me", lead).body());
        assertTrue(strings(me, "modules").contains("probe"), me.toString());
        assertTrue(strings(me, "menu").contains("/probe/index.xhtml"), me.toString());
        assertEquals("1", api.post("probe/notes", lead, "").body());
        assertEquals(1L, probeCount(), "the probe metric counts its record toward the contract target");
        work.call(PROBE_OPERATOR, "it-user", () -> rollUps.full());
        assertEquals(Optional.of("1"), probeOnDashboard(), "rolled up, the operator's dashboard counts it");

        String hope = Keycloak.accessToken("hope.admin");
        assertEquals(404, api.get("probe/notes", hope).statusCode(), "an operator without the module never sees it");
        for (String who : List.of("hope.admin", "yingze.mz", "platform.admin")) {
            HttpResponse<String> none = api.get("probe/notes", Keycloak.accessToken(who));
            assertEquals(404, none.statusCode(), who);
            assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    who + ": the API's own error shape, not a page: " + none.headers());
            assertEquals("api.error.notFound", Keycloak.json(none.body()).getString("key"), none.body());
        }
        assertFalse(strings(Keycloak.json(api.get("me", hope).body()), "menu").contains("/probe/index.xhtml"));

        apply(dir, descriptor.replace("\"modules\": [\"probe\"]", "\"modules\": []"));
        assertEquals(404, api.get("probe/notes", lead).statusCode());
        assertEquals(404, api.post("probe/notes", lead, "").statusCode());
        me = Keycloak.json(api.get("me", lead).body());
        assertFalse(strings(me, "menu").contains("/probe/index.xhtml"), me.toString());
        assertEquals(1L, Fixtures.countRows("activity where tenant_id = 'it-probe' and module_tag = 'probe'"),
                "switching off deletes nothing");
        assertNull(probeProgress().counted(), "a metric of a module that is off is not counted");
        assertEquals(Optional.empty(), probeOnDashboard(), "nor shown on the dashboard");

        apply(dir, descriptor);
        assertEquals("1", api.get("probe/notes", lead).body(), "back, with its data");
        assertEquals(1L, probeCount());
        assertEquals(Optional.of("1"), probeOnDashboard(),
                "counted again at once, with no job run by the test: never a 0 until the next scheduled refresh");
    }

    /** The probe's figure this month on its operator's dashboard (read from roll-ups), or empty when it is not shown. */
    private Optional<String> probeOnDashboard() {
        Identity admin = new Identity("it-probe.admin", "运营测试", Set.of(Role.OPERATOR_ADMIN), Optional.of(PROBE_OPERATOR), Set.of(),
                Optional.empty());
        DashboardView view = dashboard.forOperator(admin, null, ReportPeriod.month(YearMonth.now(ClockProducer.STATION_ZONE)));
        return view.indicators().stream().filter(i -> i.code().equals("probe.notes")).findFirst().map(i -> i.value().text());
    }

    private Long probeCount() {
        return probeProgress().counted();
    }

    private TargetProgress probeProgress() {
        return work.call(PROBE_OPERATOR, "it-user", () -> progress.of(contracts.findByNumber("IT-PROBE-002").orElseThrow(),
                LocalDate.now(ClockProducer.STATION_ZONE)).stream().filter(p -> p.metric().equals("probe.notes")).findFirst().orElseThrow());
    }

    private void apply(Path dir, String descriptor) throws Exception {
        Fixtures.provision(provisioning, dir, "it-probe", descriptor);
    }

    /** An operator built from tongxin's descriptor, with its own logins, contracts and the probe module. */
    private static String probeOperator() throws Exception {
        return Fixtures.operatorLikeTongxin("it-probe", "探针测试中心", "\"probe\"")
                .replace("\"activities\": 90,", "\"probe.notes\": 5, \"activities\": 90,");
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
