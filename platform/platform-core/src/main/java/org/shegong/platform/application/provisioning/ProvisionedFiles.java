package org.shegong.platform.application.provisioning;

import java.util.Optional;

/**
 * The fingerprint (SHA-256 of the bytes) of each {@code tenants/} file as provisioning last applied
 * it. Lets a start tell a file someone edited from one that merely is still there.
 */
public interface ProvisionedFiles {

    Optional<String> fingerprintOf(String file);

    /** One file as last applied: what the platform admin's page lists under "what provisioning did". */
    record AppliedFile(String file, String sha256, java.time.Instant appliedAt) {
    }

    /** Every file applied so far, by name. */
    java.util.List<AppliedFile> all();

    /** Recorded after the file's own transaction committed: a refused file is tried again next time. */
    void applied(String file, String fingerprint);
}
