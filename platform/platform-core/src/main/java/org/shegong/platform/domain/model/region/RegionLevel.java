package org.shegong.platform.domain.model.region;

/** The levels of the administrative tree, top first. A township (乡镇) stands level with a street. */
public enum RegionLevel {
    PROVINCE, CITY, DISTRICT, STREET, TOWNSHIP, COMMUNITY;

    public boolean isDirectlyBelow(RegionLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case CITY -> parent == PROVINCE;
            case DISTRICT -> parent == CITY;
            case STREET, TOWNSHIP -> parent == DISTRICT;
            case COMMUNITY -> parent == STREET || parent == TOWNSHIP;
        };
    }

    /** Streets and townships are the areas a station serves. */
    public boolean isStreetLevel() {
        return this == STREET || this == TOWNSHIP;
    }
}
