package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.clubs.application.ClubCoverage;
import org.shegong.modules.clubs.application.ClubsSettings;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.coverage.CommunityCoverage;

/** Clubs per community against 191号 ({@code coverage.xhtml}): a table and a grid, below-target communities highlighted. */
@Named
@ViewScoped
public class CoveragePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClubCoverage coverage;

    @Inject
    transient ClubsSettings settings;

    private transient List<CommunityCoverage> rows;

    public void load() {
        rows = coverage.ofMyStations();
    }

    public List<CommunityCoverage> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public ClubKind[] getKinds() {
        return ClubKind.values();
    }

    public int getUrbanTarget() {
        return settings.coverageRule().urbanTarget();
    }

    public int getRuralTarget() {
        return settings.coverageRule().ruralTarget();
    }
}
