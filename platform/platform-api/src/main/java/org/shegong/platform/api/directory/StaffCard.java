package org.shegong.platform.api.directory;

/**
 * A member of station staff as modules see them: login name (may be empty), name, role name, station
 * street code, and the id of their staff record ({@code id}) — what {@code SignedIn.staffId()} gives the
 * person themself and what a module stores as a record's assigned worker ({@code RecordRule}); null only
 * from the four-argument constructor.
 */
public record StaffCard(String username, String name, String role, String streetCode, Long id) {

    public StaffCard(String username, String name, String role, String streetCode) {
        this(username, name, role, streetCode, null);
    }
}
