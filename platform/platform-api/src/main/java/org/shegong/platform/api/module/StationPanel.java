package org.shegong.platform.api.module;

/**
 * A panel a module adds to the station's start page (e.g. the visits due and overdue): a Facelets
 * fragment under the module's {@code META-INF/resources/<id>/}, rendered for the selected stations.
 */
public record StationPanel(String id, String titleKey, String include, int order) {
}
