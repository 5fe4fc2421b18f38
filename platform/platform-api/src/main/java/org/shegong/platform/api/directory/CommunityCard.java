package org.shegong.platform.api.directory;

/**
 * A community (社区 or 村) of the region tree, as modules see it: its code and name and the street
 * (or township) whose station serves it. Regions are public facts, the same for every operator.
 */
public record CommunityCard(String code, String name, String streetCode, String streetName) {
}
