package org.shegong.modules.volunteers.interfaces.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.shegong.modules.volunteers.application.VolunteerRegistry;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;

/** The volunteers of my stations matching the page's filters, one page at a time, by volunteer number. */
public class VolunteersModel extends LazyDataModel<Volunteer> {

    private static final long serialVersionUID = 1L;

    private final VolunteerRegistry registry;
    private AffiliationKind kind;
    private String skill;
    private String who;

    /** @param registry the application-scoped service (its CDI proxy survives the view's serialisation) */
    public VolunteersModel(VolunteerRegistry registry) {
        this.registry = registry;
    }

    void filterBy(AffiliationKind kind, String skill, String who) {
        this.kind = kind;
        this.skill = skill;
        this.who = who;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(registry.count(null, kind, skill, who));
    }

    @Override
    public List<Volunteer> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        return registry.search(null, kind, skill, who, first, pageSize);
    }

    @Override
    public String getRowKey(Volunteer v) {
        return String.valueOf(v.getId());
    }
}
