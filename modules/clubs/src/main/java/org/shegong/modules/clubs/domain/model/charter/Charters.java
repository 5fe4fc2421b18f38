package org.shegong.modules.clubs.domain.model.charter;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Rules over a club's charter versions. */
public final class Charters {

    private Charters() {
    }

    /** The current charter: the one approved last (by time, then version). A proposal not yet approved is not in force. */
    public static Optional<Charter> current(List<Charter> versions) {
        return versions.stream().filter(Charter::isApproved)
                .max(Comparator.comparing(Charter::getApprovedAt).thenComparingInt(Charter::getVersionNo));
    }

    /** The number of the next version. */
    public static int nextVersion(List<Charter> versions) {
        return versions.stream().mapToInt(Charter::getVersionNo).max().orElse(0) + 1;
    }
}
