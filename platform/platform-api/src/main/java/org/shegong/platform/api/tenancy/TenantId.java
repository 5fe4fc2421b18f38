package org.shegong.platform.api.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of a tenant (an NGO operator), e.g. {@code huide}. It is what EclipseLink writes
 * into every tenant-owned row's {@code tenant_id} column, so its shape is kept strict.
 */
public record TenantId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "tenant id must be 2-63 lower-case letters, digits or '-', starting with a letter: " + value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
