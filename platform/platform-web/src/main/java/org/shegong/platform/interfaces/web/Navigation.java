package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleMenu;
import org.shegong.platform.domain.model.tenant.Tenant;
import org.shegong.platform.domain.model.tenant.TenantRepository;

/**
 * The side menu of the signed-in person: what the modules on for their operator contribute, for
 * their roles, in the order the modules ask for. There is no central list of entries.
 */
@Named
@RequestScoped
public class Navigation {

    /** A rendered entry: where it goes, its label in the current language, its icon. */
    public record Entry(String url, String label, String icon) {
    }

    /** The entries of one menu category (社工站, 运营方, a module's own …), under its heading. */
    public record Group(String title, List<Entry> entries) {
    }

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ModuleMenu menu;

    @Inject
    TenantRepository tenants;

    private List<Entry> entries;
    private String operatorName;
    private List<Group> groups;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = currentIdentity.get().map(menu::of).orElse(List.of()).stream()
                    .map(item -> new Entry(item.entry().url(), ModuleTexts.text(item.module(), item.entry().labelKey()),
                            item.entry().icon()))
                    .toList();
        }
        return entries;
    }

    /** The menu by category, in the order the categories first appear. */
    public List<Group> getGroups() {
        if (groups == null) {
            Map<String, Group> byCategory = new LinkedHashMap<>();
            for (ModuleMenu.Item item : currentIdentity.get().map(menu::of).orElse(List.of())) {
                String category = item.entry().category();
                byCategory.computeIfAbsent(category, c -> new Group(ModuleTexts.text(item.module(), "category." + c), new ArrayList<>()))
                        .entries().add(new Entry(item.entry().url(), ModuleTexts.text(item.module(), item.entry().labelKey()),
                                item.entry().icon()));
            }
            groups = List.copyOf(byCategory.values());
        }
        return groups;
    }

    /** The name of the person's operator for the top bar (its code is for machines), or empty. */
    public String getOperatorName() {
        if (operatorName == null) {
            operatorName = currentIdentity.get().flatMap(Identity::tenant).flatMap(tenants::find).map(Tenant::getName).orElse("");
        }
        return operatorName;
    }

    public Identity getIdentity() {
        return currentIdentity.get().orElse(null);
    }

    /**
     * Where a person lands after signing in: the start page a module declares for their role, else
     * the first entry of their menu (a redirect), or stay.
     */
    public String goHome() {
        var start = currentIdentity.get().flatMap(menu::startPage);
        if (start.isPresent()) {
            return start.get() + "?faces-redirect=true";
        }
        List<Entry> all = getEntries();
        return all.isEmpty() ? null : all.get(0).url() + "?faces-redirect=true";
    }

    /**
     * On a platform placeholder (the volunteer's page): to the start page a module on for the
     * person's operator declares for their role, or stay when none does.
     */
    public String goToModuleStart() {
        return currentIdentity.get().flatMap(menu::startPage).map(url -> url + "?faces-redirect=true").orElse(null);
    }
}
