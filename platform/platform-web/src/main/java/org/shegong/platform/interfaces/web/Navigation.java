package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;

/**
 * The menu of the signed-in person: every entry the rule book lets them reach, nothing else.
 * (Modules will contribute entries through the platform SPI.)
 */
@Named
@RequestScoped
public class Navigation {

    /** A menu entry: where it goes, its label, and what it needs. */
    public record Entry(String url, String label, Access needs) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/station/residents.xhtml", "服务对象 Residents", Access.STATION_WORK),
            new Entry("/station/activities.xhtml", "活动 Activities", Access.STATION_WORK),
            new Entry("/operator/stations.xhtml", "我的社工站 My stations", Access.OPERATOR),
            new Entry("/region/stations.xhtml", "辖区社工站 Stations in my region", Access.REGION),
            new Entry("/platform/tenants.xhtml", "运营方 Operators", Access.PLATFORM),
            new Entry("/volunteer/home.xhtml", "我的志愿服务 My volunteering", Access.VOLUNTEER));

    @Inject
    CurrentIdentity currentIdentity;

    public List<Entry> getEntries() {
        return currentIdentity.get().map(id -> ENTRIES.stream().filter(e -> e.needs().allows(id)).toList())
                .orElse(List.of());
    }

    public Identity getIdentity() {
        return currentIdentity.get().orElse(null);
    }

    /** Where a person lands after signing in: the first entry of their menu (a redirect), or stay. */
    public String goHome() {
        List<Entry> entries = getEntries();
        return entries.isEmpty() ? null : entries.get(0).url() + "?faces-redirect=true";
    }
}
