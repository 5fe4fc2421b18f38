package org.shegong.platform.application.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.MenuEntry;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;

/** A module on for the operator may take over a role's landing page; off, or for another role, it does not. */
class ModuleStartPageTest {

    static final ShegongModule PORTAL = new ShegongModule() {
        @Override
        public String id() {
            return "volunteers";
        }

        @Override
        public String bundle() {
            return "x";
        }

        @Override
        public Optional<String> startPage(Role role) {
            return role == Role.VOLUNTEER ? Optional.of("/volunteers/portal.xhtml") : Optional.empty();
        }
    };

    static final ShegongModule STRAY = new ShegongModule() {
        @Override
        public String id() {
            return "stray";
        }

        @Override
        public String bundle() {
            return "x";
        }

        @Override
        public Optional<String> startPage(Role role) {
            return Optional.of("/station/home.xhtml");
        }
    };

    static ModuleMenu menu(boolean portalOn) {
        ModuleMenu menu = new ModuleMenu();
        menu.modules = new ModuleRegistry() {
            @Override
            public List<ShegongModule> enabledFor(Optional<TenantId> tenant) {
                return portalOn ? List.of(STRAY, PORTAL) : List.of(STRAY);
            }
        };
        return menu;
    }

    static Identity person(Role role) {
        return new Identity("someone", "某人", Set.of(role), Optional.of(TenantId.of("hope")), Set.of(), Optional.empty());
    }

    @Test
    void aVolunteerLandsOnTheModulesPortalOnlyWhileItIsOn() {
        assertEquals(Optional.of("/volunteers/portal.xhtml"), menu(true).startPage(person(Role.VOLUNTEER)));
        assertEquals(Optional.empty(), menu(false).startPage(person(Role.VOLUNTEER)), "off: the platform's placeholder");
        assertEquals(Optional.empty(), menu(true).startPage(person(Role.SOCIAL_WORKER)), "other roles keep their menu's first page");
    }

    static final ShegongModule PLATFORM = new ShegongModule() {
        @Override
        public String id() {
            return "core";
        }

        @Override
        public String bundle() {
            return "x";
        }

        @Override
        public List<MenuEntry> menu() {
            return List.of(new MenuEntry("/station/home.xhtml", "home", "pi", Set.of(Role.SOCIAL_WORKER, Role.VOLUNTEER), "station", 1),
                    new MenuEntry("/volunteer/home.xhtml", "placeholder", "pi", Set.of(Role.VOLUNTEER), "volunteer", 1));
        }
    };

    static final ShegongModule PORTAL_WITH_MENU = new ShegongModule() {
        @Override
        public String id() {
            return "volunteers";
        }

        @Override
        public String bundle() {
            return "x";
        }

        @Override
        public List<MenuEntry> menu() {
            return List.of(new MenuEntry("/volunteers/portal.xhtml", "portal", "pi", Set.of(Role.VOLUNTEER), "volunteers", 1));
        }

        @Override
        public Optional<String> startPage(Role role) {
            return PORTAL.startPage(role);
        }
    };

    @Test
    void theModulesStartPageReplacesThePlaceholderInTheMenuNotTwoEntries() {
        ModuleMenu menu = new ModuleMenu();
        menu.modules = new ModuleRegistry() {
            @Override
            public List<ShegongModule> enabledFor(Optional<TenantId> tenant) {
                return List.of(PLATFORM, PORTAL_WITH_MENU);
            }
        };
        assertEquals(List.of("/station/home.xhtml", "/volunteers/portal.xhtml"),
                menu.of(person(Role.VOLUNTEER)).stream().map(i -> i.entry().url()).toList());
        assertEquals(List.of("/station/home.xhtml"), menu.of(person(Role.SOCIAL_WORKER)).stream().map(i -> i.entry().url()).toList(),
                "a role without a module's start page keeps the platform's entries");
    }
}
