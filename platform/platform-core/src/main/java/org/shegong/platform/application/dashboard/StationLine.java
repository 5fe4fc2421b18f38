package org.shegong.platform.application.dashboard;

import org.shegong.platform.application.metrics.Cell;

/**
 * One station of a region as civil affairs receives it (the stations API): who runs it under a
 * contract in force today and its figures for a period from the roll-ups — the register at the
 * period's end and the activities done in it — each a {@link Cell}, hidden like the dashboard's
 * when its metric is sensitive. Numbers only; never a person.
 */
public record StationLine(String streetCode, String streetName, String stationName, String operatorName,
                          Cell residents, Cell activitiesDone) {
}
