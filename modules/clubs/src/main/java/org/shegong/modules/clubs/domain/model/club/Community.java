package org.shegong.modules.clubs.domain.model.club;

import java.util.Objects;

/** A community (社区 or 村) of the region tree, and the street whose station serves it. */
public record Community(String code, String name, String streetCode) {

    public Community {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(streetCode, "streetCode");
    }
}
