package org.shegong.platform.application.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
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
        return modules.enabledFor(identity.tenant()).stream()
                .flatMap(module -> module.menu().stream().filter(e -> identity.hasAny(e.roles())).map(e -> new Item(module, e)))
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
                .flatMap(module -> identity.roles().stream().sorted().map(module::startPage)
                        .flatMap(java.util.Optional::stream).filter(url -> url.startsWith("/" + module.id() + "/")))
                .findFirst();
    }

    private static int rank(String category) {
        int rank = PLATFORM_CATEGORIES.indexOf(category);
        return rank < 0 ? PLATFORM_CATEGORIES.size() : rank;
    }
}
