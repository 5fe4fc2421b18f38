package org.shegong.platform.api.module;

import java.util.Objects;
import java.util.Set;
import org.shegong.platform.api.identity.Role;

/**
 * One entry of the side menu: where it goes (a path inside the application), its label (a key of
 * the module's bundle), an icon (PrimeIcons name), who sees it, the menu category it sits under,
 * and its order within the category.
 */
public record MenuEntry(String url, String labelKey, String icon, Set<Role> roles, String category, int order) {

    public MenuEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(labelKey, "labelKey");
        roles = Set.copyOf(roles);
        if (!url.startsWith("/")) {
            throw new IllegalArgumentException("a menu URL is a path inside the application: " + url);
        }
    }
}
