package org.shegong.modules.clubs.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.FlowEvent;
import org.shegong.modules.clubs.application.ClubDetails;
import org.shegong.modules.clubs.application.ClubMerging;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubKind;

/**
 * The merge wizard ({@code merge.xhtml}): choose the teams, choose the club they join (one of them
 * or a new one), confirm. The versions of the clubs as shown are sent along, so a club changed
 * since is refused and nothing is merged.
 */
@Named
@ViewScoped
public class MergeWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClubRegister register;

    @Inject
    transient ClubMerging merging;

    private transient List<Club> open;
    private List<Long> chosen = new ArrayList<>();
    /** The club the others join; 0 for a new club. */
    private Long into;
    private String newName;
    private ClubKind newKind = ClubKind.CULTURE_SPORTS;
    private Long mergedId;
    private final Map<Long, Long> versions = new HashMap<>();

    public List<Club> getOpen() {
        if (open == null) {
            open = register.search(new ClubFilter(Set.of(), null, null, null, null), 0, 500).stream()
                    .filter(c -> !c.getStage().closed()).toList();
            open.forEach(c -> versions.put(c.getId(), c.getVersion()));
        }
        return open;
    }

    public List<Club> getChosenClubs() {
        return getOpen().stream().filter(c -> chosen.contains(c.getId())).toList();
    }

    public String onFlow(FlowEvent event) {
        if ("teams".equals(event.getOldStep()) && chosen.size() < 2) {
            PageMessages.refused("clubs.refused.mergeTwo");
            return event.getOldStep();
        }
        if ("into".equals(event.getOldStep()) && !"teams".equals(event.getNewStep()) && into == null) {
            PageMessages.refused("clubs.refused.mergeInto");
            return event.getOldStep();
        }
        return event.getNewStep();
    }

    public void merge() {
        Club first = getChosenClubs().isEmpty() ? null : getChosenClubs().get(0);
        boolean toNew = into != null && into == 0L;
        List<Long> teams = chosen.stream().filter(id -> toNew || !id.equals(into)).toList();
        Map<Long, Long> seen = new HashMap<>();
        chosen.forEach(id -> seen.put(id, versions.get(id)));
        ClubDetails newClub = toNew && first != null ? new ClubDetails(newName, newKind, first.getCommunityCode(),
                register.today(), null, null, null, null, null) : null;
        PageMessages.attempt(() -> mergedId = merging.merge(new ClubMerging.MergeRequest(toNew ? null : into, newClub, teams, seen)).getId());
    }

    public ClubKind[] getKinds() {
        return ClubKind.values();
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public Long getInto() {
        return into;
    }

    public void setInto(Long into) {
        this.into = into;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ClubKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ClubKind newKind) {
        this.newKind = newKind;
    }

    public Long getMergedId() {
        return mergedId;
    }
}
