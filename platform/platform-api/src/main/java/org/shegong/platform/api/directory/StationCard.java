package org.shegong.platform.api.directory;

/** A station's public facts: the street it serves, its name (e.g. 老军营街道社工站) and address (null when none is recorded). */
public record StationCard(String streetCode, String name, String address) {
}
