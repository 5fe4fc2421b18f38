package org.shegong.platform.application.residents;

import java.io.Serializable;
import java.util.Objects;

/**
 * Details that passed every rule of {@link ResidentDetails}, as {@link ResidentRegistry#validated}
 * found them. Only the registry makes them, so {@link ResidentRegistry#registerAll} takes them without
 * validating each person a second time: an import validates every row while checking the file, and
 * the write then trusts that check instead of repeating it for thousands of rows.
 */
public final class ValidResidentDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ResidentDetails details;

    ValidResidentDetails(ResidentDetails details) {
        this.details = Objects.requireNonNull(details);
    }

    public ResidentDetails details() {
        return details;
    }

    @Override
    public String toString() {
        return details.toString();
    }
}
