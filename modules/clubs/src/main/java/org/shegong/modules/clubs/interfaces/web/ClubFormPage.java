package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.MyClubs;
import org.shegong.modules.clubs.application.ResidentChoice;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.platform.api.web.PageMessages;

/**
 * What 新建社团 and 编辑社团资料 share around their {@link ClubForm} ({@code profile.xhtml}, included by both pages):
 * the kinds and the communities of my stations to choose from, and the search that offers residents of my stations
 * as leader or contact ({@link ClubRegister#people}).
 */
public abstract class ClubFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClubRegister register;

    @Inject
    transient MyClubs my;

    private final ClubForm form = new ClubForm();
    private List<Community> communities;

    /** An edit (the club's profile as recorded, leader and contact kept unless cleared on purpose), not a new club. */
    public abstract boolean isEditing();

    /** Residents of my stations by name, for the leader and contact fields; what is offered is what the form takes back. */
    public List<ResidentChoice> people(String text) {
        return form.offer(register.people(text));
    }

    /** The communities of my stations to choose from, read once for the view. */
    public List<Community> getCommunities() {
        if (communities == null) {
            communities = my.communities(false);
        }
        return communities;
    }

    public ClubKind[] getKinds() {
        return ClubKind.values();
    }

    public ClubForm getForm() {
        return form;
    }

    /** Opens the club's page after a save, with the bundle's {@code doneKey} said there. */
    static String openClub(long id, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(ResourceBundle.getBundle("org.shegong.modules.clubs.messages", faces.getViewRoot().getLocale())
                .getString(doneKey));
        return "/clubs/club?faces-redirect=true&id=" + id;
    }
}
