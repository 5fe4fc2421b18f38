package org.shegong.platform.application.stations;

/** A station with its street and the operator holding its contract in force, if any. */
public record StationSummary(String streetCode, String streetName, String stationName, String address,
                             String operatorName, String contractNumber) {
}
