package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.MyClubs;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.modules.clubs.domain.model.club.Community;

/** The clubs of the selected stations ({@code clubs.xhtml}): a lazy table with filters and an Excel export. */
@Named
@ViewScoped
public class ClubsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClubRegister register;

    @Inject
    transient MyClubs my;

    private ClubsModel clubs;
    private ClubKind kind;
    private ClubStage stage;
    private String communityCode;
    private String name;
    private List<Community> communities;
    private Boolean mayRegister;

    public ClubsModel getClubs() {
        if (clubs == null) {
            clubs = new ClubsModel(register);
        }
        return clubs;
    }

    public void filter() {
        getClubs().filter(kind, stage, communityCode, name);
    }

    /** The export leaves the product with leaders' names: recorded with its row count before a row is written. */
    public void exporting(Object document) {
        register.exported(getClubs().getRowCount(), "Excel");
    }

    public List<Community> getCommunities() {
        if (communities == null) {
            communities = my.communities(true);
        }
        return communities;
    }

    /** Whether to offer 新建社团: asked of the service once per view. */
    public boolean isMayRegister() {
        if (mayRegister == null) {
            mayRegister = register.mayRegister();
        }
        return mayRegister;
    }

    public ClubKind[] getKinds() {
        return ClubKind.values();
    }

    public ClubStage[] getStages() {
        return ClubStage.values();
    }

    public ClubKind getKind() {
        return kind;
    }

    public void setKind(ClubKind kind) {
        this.kind = kind;
    }

    public ClubStage getStage() {
        return stage;
    }

    public void setStage(ClubStage stage) {
        this.stage = stage;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
