package org.shegong.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.shegong.platform.application.provisioning.ProvisionedFiles;
import org.shegong.platform.application.residents.ResidentRegistry;

/**
 * Figure 6 in part: what 1,000 tenants cost the platform's process. Not the provisioning itself
 * (operator files through {@code TenantProvisioning}: its writer, module demo data and Keycloak are
 * not wired in this harness) and not a server start (no Liberty here). Measured instead:
 *
 * <ul>
 *   <li>heap after GC before and after every one of 1,000 tenants (with residents of its own in the
 *       shared tables) has been served a first request through the platform's multitenant unit: the
 *       list's rows and a page of entities, as the residents page and an opened record read them. This is
 *       what EclipseLink keeps per tenant (metadata, caches), the part of the heap that grows with tenants
 *       whatever the start does;</li>
 *   <li>the part of a start's provisioning that scales with tenants when no file changed: per operator
 *       file, its SHA-256 and the lookup of the fingerprint last applied ({@link ProvisionedFiles}, the
 *       platform's JDBC store), as {@code TenantProvisioning.apply} does before skipping the file. Keycloak's
 *       per-operator calls are not in it.</li>
 * </ul>
 */
final class ManyTenantsBench {

    private final PlatformBeans beans;
    private final PlatformDatabase database;
    private final ResidentWorld world;

    ManyTenantsBench(PlatformBeans beans, PlatformDatabase database, ResidentWorld world) {
        this.beans = beans;
        this.database = database;
        this.world = world;
    }

    Figure[] run(int tenantCount, int residentsEach, Path folder) throws Exception {
        List<String> tenants = world.addTenants(database, "bench-t", tenantCount, residentsEach);
        // Every tenant's first request once, so that the baseline heap has the unit and its classes loaded.
        serve(ResidentWorld.TENANT);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        int rows = 0;
        for (String tenant : tenants) {
            rows += serve(tenant);
        }
        double firstRequests = Timing.ms(t0);
        if (rows != tenantCount * Math.min(20, residentsEach) * 2) {
            throw new IllegalStateException("a tenant saw other rows than its own: " + rows);
        }
        long after = usedAfterGc();
        double growthMb = (after - before) / (1024.0 * 1024.0);
        System.out.printf("[bench] 6. heap after GC %.1f MB before, %.1f MB after %d tenants' first requests (%.0f ms for all)%n",
                before / 1048576.0, after / 1048576.0, tenantCount, firstRequests);
        Figure heap = Figure.of(String.format("6. heap growth, %d tenants each served a first request (rows + entities)", tenantCount),
                String.format("%.1f MB → %.1f MB", before / 1048576.0, after / 1048576.0), "—", growthMb, 50, false, " MB");

        // The unchanged start's per-file work, files written and recorded first as a first start would leave them.
        Files.createDirectories(folder);
        ProvisionedFiles provisioned;
        try (PlatformBeans.Request request = beans.request(null)) {
            provisioned = request.get(ProvisionedFiles.class);
            for (String tenant : tenants) {
                Path file = folder.resolve(tenant + ".json");
                Files.writeString(file, "{\"code\": \"" + tenant + "\", \"name\": \"社工机构 " + tenant + "\"}", StandardCharsets.UTF_8);
                provisioned.applied(file.getFileName().toString(), sha256(file));
            }
            long t1 = System.nanoTime();
            int unchanged = 0;
            for (String tenant : tenants) {
                Path file = folder.resolve(tenant + ".json");
                String fingerprint = sha256(file);
                if (provisioned.fingerprintOf(file.getFileName().toString()).filter(fingerprint::equals).isPresent()) {
                    unchanged++;
                }
            }
            double startMs = Timing.ms(t1);
            if (unchanged != tenantCount) {
                throw new IllegalStateException("only " + unchanged + " files were seen unchanged");
            }
            Figure start = Figure.of(String.format("6. start, provisioning's per-file check of %d unchanged operator files (no Keycloak)",
                    tenantCount), String.format("%.0f ms", startMs), "—", startMs / 1000.0, 15, false, " s");
            return new Figure[] {heap, start};
        }
    }

    /** One request of the tenant: the list's rows and a page of entities; returns how many it read. */
    private int serve(String tenant) {
        try (PlatformBeans.Request request = beans.request(tenant)) {
            ResidentRegistry registry = request.get(ResidentRegistry.class);
            return registry.pageRows(0, 20).size() + registry.page(0, 20).size();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
