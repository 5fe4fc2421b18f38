package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.identity.SignedIn;

/** The elders of the selected stations, and a search of the register to open a profile for a resident. */
@Named
@ViewScoped
public class EldersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegister register;

    @Inject
    transient ResidentCards residents;

    @Inject
    transient SignedIn signedIn;

    private String text;
    private List<ResidentCard> found = List.of();
    private transient List<ElderProfile> elders;

    public List<ElderProfile> getElders() {
        if (elders == null) {
            elders = register.eldersAt(signedIn.selectedStationCodes());
        }
        return elders;
    }

    public void search() {
        found = text == null || text.isBlank() ? List.of() : residents.search(text, 20);
        if (found.isEmpty()) {
            Messages.info(Messages.text("msg.noResidentFound"));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<ResidentCard> getFound() {
        return found;
    }
}
