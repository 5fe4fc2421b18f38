package org.shegong.platform.api.directory;

/** A member of station staff as modules see them: login name (may be empty), name, role name, station street code. */
public record StaffCard(String username, String name, String role, String streetCode) {
}
