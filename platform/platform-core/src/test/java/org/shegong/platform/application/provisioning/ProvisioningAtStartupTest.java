package org.shegong.platform.application.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shegong.platform.application.health.StartupProgress;

/**
 * When a start checks the logins of unchanged operators: before it is ready when they are few, after
 * it when they are many (figure 6 of issue 14). The Keycloak side is {@code IdentityProvisioningIT}'s.
 */
class ProvisioningAtStartupTest {

    private final List<String> events = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();

    @Test
    void aFewUnchangedOperatorsAreCheckedBeforeTheStartIsReady() throws Exception {
        ProvisioningAtStartup start = startWith(50);

        start.onStartup(null);

        assertEquals(List.of("files applied", "logins checked: 4", "ready"), events);
        assertTrue(later.isEmpty(), "nothing left running behind the start");
        assertEquals(List.of("hope.json: no Keycloak"), start.lastReport().orElseThrow().identityProblems());
    }

    @Test
    void manyUnchangedOperatorsAreCheckedRightAfterTheStartIsReady() throws Exception {
        ProvisioningAtStartup start = startWith(3);

        start.onStartup(null);

        assertEquals(List.of("files applied", "ready"), events, "ready without waiting for the logins");
        assertEquals(List.of(), start.lastReport().orElseThrow().identityProblems());
        assertEquals(1, later.size());
        later.get(0).run();
        assertEquals(List.of("files applied", "ready", "logins checked: 4"), events);
        assertEquals(List.of("hope.json: no Keycloak"), start.lastReport().orElseThrow().identityProblems(),
                "the report takes the check's problems when it ends");
    }

    private ProvisioningAtStartup startWith(int waitForLoginsOf) throws Exception {
        DescriptorReader reader = new DescriptorReader();
        RegionTreeDescriptor tree = reader.readRegionTree(DescriptorReaderTest.TENANTS.resolve("regions.json"));
        List<OperatorDescriptor> unchanged;
        try (Stream<Path> files = Files.list(DescriptorReaderTest.TENANTS.resolve("operators"))) {
            unchanged = files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> reader.readOperator(f, tree)).toList();
        }
        ProvisioningAtStartup start = new ProvisioningAtStartup();
        start.tenantsDir = Optional.of(DescriptorReaderTest.TENANTS.toString());
        start.waitForLoginsOf = waitForLoginsOf;
        start.progress = new StartupProgress() {
            @Override
            public void provisioningFinished() {
                events.add("ready");
            }
        };
        start.provisioning = new TenantProvisioning() {
            @Override
            public FilesApplied applyFiles(Path folder) {
                events.add("files applied");
                return new FilesApplied(new ProvisioningReport(List.of("regions.json"), List.of(), List.of(),
                        unchanged.stream().map(OperatorDescriptor::file).toList()), unchanged);
            }

            @Override
            public List<String> checkLogins(List<OperatorDescriptor> operators) {
                events.add("logins checked: " + operators.size());
                return List.of("hope.json: no Keycloak");
            }
        };
        // Only execute(Runnable) is used: the task is kept, to be run when the test says.
        start.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        later.add((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return start;
    }
}
