package org.shegong.platform.domain.model.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.persistence.AuditedEntity;
import org.shegong.platform.domain.model.region.Region;

/**
 * A street's social-work station (社工站). The station belongs to its street, not to an operator:
 * operators come and go with contracts, the station and its address stay.
 *
 * <p>Invariant: one station per street or township.
 */
@Entity
@Table(name = "station")
public class Station extends AuditedEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "street_id", nullable = false, unique = true, updatable = false)
    private Region street;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 200)
    private String address;

    @Column(length = 30)
    private String phone;

    protected Station() {
    }

    public Station(Region street, String name) {
        if (!Objects.requireNonNull(street, "street").getLevel().isStreetLevel()) {
            throw new IllegalArgumentException("a station serves a street or township, not " + street.getCode());
        }
        this.street = street;
        describe(name, null, null);
    }

    public void describe(String name, String address, String phone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a station needs a name: " + street.getCode());
        }
        this.name = name.strip();
        this.address = address;
        this.phone = phone;
    }

    /** The same station row: by id once stored, by identity before (as in unit tests); another instance of the row is the same. */
    public boolean isSame(Station other) {
        return other == this || (other != null && getId() != null && getId().equals(other.getId()));
    }

    public Region getStreet() {
        return street;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
