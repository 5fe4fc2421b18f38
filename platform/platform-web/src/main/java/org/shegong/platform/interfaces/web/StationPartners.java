package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.domain.model.partner.Partner;

/** The operator's partners, for station staff looking for a hospital, a sponsor or volunteers. */
@Named
@RequestScoped
public class StationPartners {

    @Inject
    PartnerDirectory directory;

    private List<Partner> partners;

    public List<Partner> getPartners() {
        if (partners == null) {
            partners = directory.all();
        }
        return partners;
    }
}
