package org.shegong.modules.volunteers.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.volunteers.application.VolunteerRegistry;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;

/** The volunteers list (志愿者名册) of my stations: lazy, found by name or volunteer number, filtered by affiliation kind and skill. */
@Named
@ViewScoped
public class VolunteersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerRegistry registry;

    private VolunteersModel model;
    private AffiliationKind kind;
    private String skill;
    private String who;

    @PostConstruct
    void init() {
        model = new VolunteersModel(registry);
    }

    public void search() {
        model.filterBy(kind, skill, who);
    }

    public VolunteersModel getModel() {
        return model;
    }

    public List<AffiliationKind> getKinds() {
        return List.of(AffiliationKind.values());
    }

    public AffiliationKind getKind() {
        return kind;
    }

    public void setKind(AffiliationKind kind) {
        this.kind = kind;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }
}
