package org.shegong.platform.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Map;
import java.util.stream.Stream;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.application.staff.LoginReconciliation;
import org.shegong.platform.application.staff.LoginsSeen;
import org.shegong.platform.application.tenancy.TenantWork;

/**
 * Applies a {@code tenants/} folder. A malformed region tree stops everything; a malformed operator
 * file is refused on its own, with its file and field named, and nothing of it is written.
 *
 * <p>Which wins, the file or the UI: an operator file is applied when its content differs from the
 * version last applied ({@link ProvisionedFiles}), and then its values win for everything it names.
 * A start with the same files writes nothing of them, so what admins changed in the UI since (a
 * certificate, a phone, a partner) survives the restart. Logins in Keycloak are kept in step with
 * every file at each start, changed or not: they are created if missing (a fresh Keycloak). A start
 * writes the logins of changed files before it is ready and checks those of unchanged files after
 * ({@link #applyFiles}, {@link #checkLogins}): with a thousand operators that check reads every
 * account in Keycloak, and the server need not wait for accounts that were in step at the last start.
 */
@ApplicationScoped
public class TenantProvisioning {

    public static final String REGION_TREE = "regions.json";
    public static final String OPERATORS = "operators";

    @Inject
    DescriptorWriter writer;

    @Inject
    TenantWork tenantWork;

    @Inject
    IdentityDirectory identityDirectory;

    @Inject
    ModuleDemoData moduleDemoData;

    @Inject
    ProvisionedFiles provisionedFiles;

    @Inject
    LoginReconciliation loginReconciliation;

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    /** Applies the folder; the logins of every operator, changed or not, are in step when it returns. */
    public ProvisioningReport apply(Path folder) {
        FilesApplied files = applyFiles(folder);
        return files.report().withIdentityProblems(checkLogins(files.loginsToCheck()));
    }

    /**
     * Applies the folder and writes the logins of the operators whose file changed; the unchanged
     * operators come back as {@link FilesApplied#loginsToCheck()}, for {@link #checkLogins}.
     */
    public FilesApplied applyFiles(Path folder) {
        DescriptorReader reader = new DescriptorReader();
        RegionTreeDescriptor tree = reader.readRegionTree(folder.resolve(REGION_TREE));
        List<String> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> identityProblems = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<OperatorDescriptor> operators = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        Map<String, String> contractOwners = new HashMap<>();
        for (Path file : operatorFiles(folder.resolve(OPERATORS))) {
            try {
                OperatorDescriptor operator = reader.readOperator(file, tree);
                fingerprints.put(operator.file(), fingerprint(file));
                for (var contract : operator.contracts()) {
                    String owner = contractOwners.putIfAbsent(contract.number(), operator.file());
                    if (owner != null) {
                        throw new MalformedDescriptorException(operator.file(), "contracts",
                                "contract " + contract.number() + " is already named by " + owner);
                    }
                }
                operators.add(operator);
            } catch (MalformedDescriptorException e) {
                refused.add(e.getMessage());
            }
        }
        writer.applyRegionTree(tree);
        applied.add(tree.file());
        // One read of every fingerprint, not one per file: a start with 1,000 operators (figure 6).
        Map<String, String> lastApplied = new HashMap<>();
        provisionedFiles.all().forEach(f -> lastApplied.put(f.file(), f.sha256()));
        List<OperatorDescriptor> changed = new ArrayList<>();
        List<OperatorDescriptor> loginsToCheck = new ArrayList<>();
        for (OperatorDescriptor operator : operators) {
            String fingerprint = fingerprints.get(operator.file());
            if (fingerprint.equals(lastApplied.get(operator.file()))) {
                // Unchanged since it was applied: the UI's changes since then stand.
                unchanged.add(operator.file());
                loginsToCheck.add(operator);
            } else {
                try {
                    tenantWork.run(operator.code(), Actor.SYSTEM, () -> writer.applyOperator(operator, tree));
                    applied.add(operator.file());
                } catch (MalformedDescriptorException e) {
                    refused.add(e.getMessage());
                    continue;
                }
                provisionedFiles.applied(operator.file(), fingerprint);
                try {
                    tenantWork.run(operator.code(), Actor.SYSTEM, () -> moduleDemoData.seed(operator));
                } catch (RuntimeException e) {
                    // Demo records are a convenience: the operator itself is provisioned either way.
                    LOG.log(Level.WARNING, operator.file() + ": a module's demo data was not written", e);
                }
                changed.add(operator);
            }
        }
        identityProblems.addAll(checkLogins(changed));
        return new FilesApplied(new ProvisioningReport(applied, refused, identityProblems, unchanged), loginsToCheck);
    }

    /**
     * Brings the operators' logins in step with their files, creating what is missing (a fresh
     * Keycloak); in one pass, so the directory can check them in bulk and write only those not in
     * step. One problem per operator whose logins were not written. With the accounts that pass read
     * anyway, each operator's record of its staff's logins is corrected where Keycloak says otherwise
     * (enabled or disabled there), as that operator: no call per account, no operator touching another's.
     */
    public List<String> checkLogins(List<OperatorDescriptor> operators) {
        if (operators.isEmpty() || !identityDirectory.isConfigured()) {
            return List.of();
        }
        List<LoginsSeen> seen = new ArrayList<>(1);
        List<String> problems = identityDirectory.applyOperators(operators, seen::add);
        seen.forEach(read -> correctLoginStates(operators, read));
        return problems;
    }

    /** A record that could not be corrected is logged; the start goes on (the staff page checks again). */
    private void correctLoginStates(List<OperatorDescriptor> operators, LoginsSeen seen) {
        for (OperatorDescriptor operator : operators) {
            try {
                tenantWork.run(operator.code(), Actor.SYSTEM, () -> loginReconciliation.correct(() -> seen));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, operator.file() + ": login states not corrected from the identity provider", e);
            }
        }
    }

    /** A folder applied: its report, and the unchanged operators whose logins are still to be checked. */
    public record FilesApplied(ProvisioningReport report, List<OperatorDescriptor> loginsToCheck) {

        public FilesApplied {
            loginsToCheck = List.copyOf(loginsToCheck);
        }
    }

    /** SHA-256 of the file's bytes, in hex. */
    static String fingerprint(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> operatorFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
