package org.shegong.modules.clubs.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shegong.modules.clubs.application.ClubsSettings;

/**
 * The region dashboard's clubs panel: civil affairs has no tenant, so it reads no club; it states the
 * 191号 targets this server measures by, and the figures come from the platform's roll-up of
 * {@code clubs.coverage} and {@code clubs.helped}.
 */
@Named
@RequestScoped
public class ClubsRegionPanel {

    @Inject
    ClubsSettings settings;

    public int getUrbanTarget() {
        return settings.coverageRule().urbanTarget();
    }

    public int getRuralTarget() {
        return settings.coverageRule().ruralTarget();
    }
}
