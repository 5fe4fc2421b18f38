package org.shegong.platform.domain.model.region;

/**
 * Regions were created or renamed (the region tree was applied). Fired inside the writing
 * transaction; observers that keep region data in memory listen after a successful commit.
 */
public record RegionsChanged() {
}
