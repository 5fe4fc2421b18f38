package org.shegong.platform.application.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.identity.Identity;

/**
 * The menu a person gets: the entries of the modules their operator has on, for their roles, the
 * platform's categories first. The portal renders it; the API reports it.
 */
@ApplicationScoped
public class ModuleMenu {

    /** An entry with the module that contributed it (its bundle holds the label). */
    public record Item(ShegongModule module, MenuEntry entry) {
    }

    private static final List<String> PLATFORM_CATEGORIES = List.of("station", "operator", "region", "platform", "volunteer");

    @Inject
    ModuleRegistry modules;

    public List<Item> of(Identity identity) {
        if (identity.refusal().isPresent()) {
            return List.of();
        }
        List<ShegongModule> enabled = modules.enabledFor(identity.tenant());
        java.util.Set<Role> withModuleStart = identity.roles().stream()
                .filter(role -> enabled.stream().anyMatch(m -> ownStartPage(m, role).isPresent()))
                .collect(java.util.stream.Collectors.toSet());
        return enabled.stream()
                .flatMap(module -> module.menu().stream().filter(e -> identity.hasAny(e.roles())).map(e -> new Item(module, e)))
                // A module's start page for a role replaces the pages only that role has elsewhere (the
                // platform's volunteer placeholder when the volunteers module is on): one entry, not two.
                .filter(i -> ownStartPage(i.module(), i.entry().roles()).isPresent()
                        || withModuleStart.isEmpty() || !withModuleStart.containsAll(i.entry().roles()))
                .sorted(Comparator.comparing((Item i) -> rank(i.entry().category())).thenComparing(i -> i.entry().category())
                        .thenComparing(i -> i.entry().order()))
                .toList();
    }

    /**
     * The start page a module on for the person's operator declares for one of their roles
     * ({@link ShegongModule#startPage}), the first such module in registry order; empty when none
     * does (the person lands on the first entry of their menu). Only a path under the module's own
     * folder counts.
     */
    public java.util.Optional<String> startPage(Identity identity) {
        if (identity.refusal().isPresent()) {
            return java.util.Optional.empty();
        }
        return modules.enabledFor(identity.tenant()).stream()
                .flatMap(module -> identity.roles().stream().sorted().map(role -> ownStartPage(module, role)).flatMap(java.util.Optional::stream))
                .findFirst();
    }

    /** The module's start page for the role, only when it lies in the module's own folder. */
    private static java.util.Optional<String> ownStartPage(ShegongModule module, Role role) {
        return module.startPage(role).filter(url -> url.startsWith("/" + module.id() + "/"));
    }

    /** The module's start page for any of the roles (an entry's), only in the module's own folder. */
    private static java.util.Optional<String> ownStartPage(ShegongModule module, java.util.Set<Role> roles) {
        return roles.stream().sorted().map(role -> ownStartPage(module, role)).flatMap(java.util.Optional::stream).findFirst();
    }

    private static int rank(String category) {
        int rank = PLATFORM_CATEGORIES.indexOf(category);
        return rank < 0 ? PLATFORM_CATEGORIES.size() : rank;
    }
}
