package org.shegong.platform.api.module;

/**
 * A panel a module adds to the resident page: a Facelets fragment (under the module's
 * {@code META-INF/resources/<id>/}) rendered with the resident's id in {@code residentId}.
 */
public record ResidentPanel(String id, String titleKey, String include, int order) {
}
