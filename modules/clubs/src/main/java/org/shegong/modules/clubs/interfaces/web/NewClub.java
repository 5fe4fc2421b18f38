package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.platform.api.web.PageMessages;

/**
 * 新建社团 ({@code new.xhtml}): the form hands what was typed to {@link ClubRegister#register}, which decides
 * (name, kind, a community of my stations, a founding day not to come, leader and contact residents of my
 * stations; the club's own rules), and the new club's page opens. A refusal is a message with its reason and keeps
 * what was typed. Members are added on the club's page.
 */
@Named
@ViewScoped
public class NewClub extends ClubFormPage {

    private static final long serialVersionUID = 1L;

    /** The founding day starts at today (Asia/Shanghai). */
    public void load() {
        if (getForm().getFoundedOn() == null) {
            getForm().setFoundedOn(register.today());
        }
    }

    public String create() {
        Club club;
        try {
            club = register.register(getForm().toRegister());
        } catch (IllegalArgumentException refused) {
            PageMessages.refused(refused);
            return null;
        }
        return openClub(club.getId(), "clubs.new.done");
    }

    @Override
    public boolean isEditing() {
        return false;
    }
}
