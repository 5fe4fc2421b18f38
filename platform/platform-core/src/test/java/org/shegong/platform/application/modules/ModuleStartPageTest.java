package org.shegong.platform.application.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
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
}
