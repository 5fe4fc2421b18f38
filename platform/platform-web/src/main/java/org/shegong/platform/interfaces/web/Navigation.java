package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleMenu;

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

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ModuleMenu menu;

    private List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            Locale locale = locale();
            entries = currentIdentity.get().map(menu::of).orElse(List.of()).stream()
                    .map(item -> new Entry(item.entry().url(), label(item.module(), item.entry(), locale), item.entry().icon()))
                    .toList();
        }
        return entries;
    }

    public Identity getIdentity() {
        return currentIdentity.get().orElse(null);
    }

    /** Where a person lands after signing in: the first entry of their menu (a redirect), or stay. */
    public String goHome() {
        List<Entry> all = getEntries();
        return all.isEmpty() ? null : all.get(0).url() + "?faces-redirect=true";
    }

    private static String label(ShegongModule module, MenuEntry entry, Locale locale) {
        try {
            return ResourceBundle.getBundle(module.bundle(), locale, module.getClass().getClassLoader()).getString(entry.labelKey());
        } catch (MissingResourceException e) {
            return entry.labelKey();
        }
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }
}
