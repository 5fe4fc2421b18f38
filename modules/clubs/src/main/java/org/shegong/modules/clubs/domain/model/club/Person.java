package org.shegong.modules.clubs.domain.model.club;

import java.util.Objects;

/** A resident of the platform's register named on a club (leader, contact, member): id and name, from their card. */
public record Person(long residentId, String name) {

    public Person {
        Objects.requireNonNull(name, "name");
    }
}
