package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * 编辑社团资料 ({@code edit.xhtml?id=N}, read by the platform's {@code shegong.recordId} converter), opened from the
 * club's page: the club is read once in the view action ({@link ClubRegister#toDescribe}: another station's or
 * operator's club, an id that names no club and no id at all are the 404 page, a role that does not keep
 * clubs the 403 page, a closed club a message and no form); the form ({@link ClubForm#changes}) goes to
 * {@link ClubRegister#describe} with the version read, which decides, and the club's page opens. A refusal — or a
 * change made by someone else meanwhile — is a message with its reason and keeps what was typed; nothing is written.
 */
@Named
@ViewScoped
public class EditClub extends ClubFormPage {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String clubName;
    private boolean open;

    public void load() {
        ClubRegister.ClubToDescribe club;
        try {
            club = register.toDescribe(RecordNotFoundException.unlessMissing(id, "社团 club"));
        } catch (IllegalArgumentException closed) {
            open = false;
            PageMessages.refused(closed);
            return;
        }
        version = club.club().getVersion();
        clubName = club.club().getName();
        open = true;
        getForm().fill(club);
    }

    public String save() {
        try {
            register.describe(id, version, getForm().changes());
        } catch (IllegalArgumentException | ConcurrentChangeException refused) {
            PageMessages.refused(refused);
            return null;
        }
        return openClub(id, "clubs.edit.done");
    }

    @Override
    public boolean isEditing() {
        return true;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClubName() {
        return clubName;
    }

    /** False for a club that is closed (merged, dissolved): the page says why and shows no form. */
    public boolean isOpen() {
        return open;
    }
}
