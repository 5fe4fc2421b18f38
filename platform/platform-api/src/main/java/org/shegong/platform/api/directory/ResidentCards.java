package org.shegong.platform.api.directory;

import java.util.List;
import java.util.Optional;

/** The platform's register of residents, as modules see it: only residents of the signed-in person's stations. */
public interface ResidentCards {

    Optional<ResidentCard> resident(long residentId);

    /** Residents whose name contains the text (or whose ID number is exactly it), at most {@code max}. */
    List<ResidentCard> search(String text, int max);
}
