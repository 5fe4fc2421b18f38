package org.shegong.platform.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shegong.platform.api.module.ShegongModule;

/** Texts a module declares by bundle key (menu labels, panel titles), in the page's language. */
final class ModuleTexts {

    private ModuleTexts() {
    }

    /** The module's text for {@code key}, or the key itself when the module's bundle lacks it. */
    static String text(ShegongModule module, String key) {
        try {
            return ResourceBundle.getBundle(module.bundle(), locale(), module.getClass().getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }
}
