package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.shegong.platform.api.directory.PersonNames;
import org.shegong.platform.application.staff.StaffRoster;

/**
 * Who did something, as colleagues know them: a login (as kept in "last change" and histories) by
 * the staff member's name in the current operator, a volunteer's by the module that keeps them
 * ({@link PersonNames}), "system" for the platform's own work, and the login itself for anyone else
 * (e.g. a person since removed from the staff). Looked up once per
 * login and request.
 */
@Named
@RequestScoped
public class People {

    static final String SYSTEM = "system";

    @Inject
    StaffRoster roster;

    /** Modules that know people who sign in without being staff (volunteers). */
    @Inject
    @Any
    Instance<PersonNames> others;

    private final Map<String, String> names = new HashMap<>();

    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(login)) {
            return Messages.text("reads.system");
        }
        return names.computeIfAbsent(login, l -> roster.nameOf(l).or(() -> otherNameOf(l)).orElse(l));
    }

    private Optional<String> otherNameOf(String login) {
        for (PersonNames module : others) {
            Optional<String> name = module.nameOf(login);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }
}
