package org.shegong.modules.clubs.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubFilter;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.ClubStage;

/** The club list a page at a time, in the selected stations, filtered by kind, stage, community and name. */
public class ClubsModel extends LazyDataModel<Club> {

    private static final long serialVersionUID = 1L;

    private final transient ClubRegister register;
    private ClubKind kind;
    private ClubStage stage;
    private String communityCode;
    private String name;

    public ClubsModel(ClubRegister register) {
        this.register = register;
    }

    void filter(ClubKind kind, ClubStage stage, String communityCode, String name) {
        this.kind = kind;
        this.stage = stage;
        this.communityCode = communityCode;
        this.name = name;
    }

    private ClubFilter current() {
        return new ClubFilter(Set.of(), kind, stage, communityCode, name);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) register.count(current());
    }

    @Override
    public List<Club> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        return register.search(current(), first, pageSize);
    }

    @Override
    public String getRowKey(Club club) {
        return String.valueOf(club.getId());
    }
}
