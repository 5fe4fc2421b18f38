package org.shegong.platform.api.module;

/**
 * A place in the platform's pages where modules put panels. Each slot names what its panels are
 * rendered with, so a panel's Facelet knows what to read.
 */
public enum PanelSlot {
    /** The resident page ({@code /station/resident.xhtml}); the panel gets {@code residentId}. */
    RESIDENT_PAGE,
    /**
     * The station start page ({@code /station/home.xhtml}); the panel gets {@code stationCodes}, the
     * street codes chosen in the station switcher (one station, or all of the person's). A panel
     * reads it rather than asking for the selection itself: the switcher's form post changes the
     * selection only after a panel's lists may already have been read for the old one.
     */
    STATION_START,
    /** The operator admin's start page ({@code /operator/stations.xhtml}), across the operator's stations. */
    OPERATOR_START,
    /**
     * The civil-affairs region dashboard ({@code /region/stations.xhtml}): aggregates only, never a
     * personal record. The person has a region and no tenant; the panel is shown when the module is
     * on for at least one operator.
     */
    REGION_DASHBOARD
}
