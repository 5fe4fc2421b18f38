package org.shegong.platform.domain.model.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.persistence.AuditedEntity;

/**
 * One node of the administrative tree (行政区划): province → city → district → street or township
 * → community. Regions are global: every tenant and the civil-affairs side share them.
 *
 * <p>Invariant: a region's level sits exactly one step below its parent's; only a province has
 * no parent. The code is the official-style division code and never changes.
 */
@Entity
@Table(name = "region")
public class Region extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 12, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, Region parent) {
        this.code = Objects.requireNonNull(code, "code");
        this.level = Objects.requireNonNull(level, "level");
        rename(name);
        if (level == RegionLevel.PROVINCE) {
            if (parent != null) {
                throw new IllegalArgumentException("a province has no parent region: " + code);
            }
        } else if (parent == null || !level.isDirectlyBelow(parent.level)) {
            throw new IllegalArgumentException("region " + code + " (" + level + ") cannot sit below "
                    + (parent == null ? "nothing" : parent.code + " (" + parent.level + ")"));
        }
        this.parent = parent;
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a region needs a name: " + code);
        }
        this.name = name.strip();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public Region getParent() {
        return parent;
    }

    /** True if this region is {@code other} or lies somewhere below it. */
    public boolean isWithin(Region other) {
        for (Region r = this; r != null; r = r.parent) {
            if (r.code.equals(other.code)) {
                return true;
            }
        }
        return false;
    }
}
