package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.api.directory.PersonNames;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.staff.StaffMember;

/**
 * Who did something, as colleagues know them: a login (as kept in "last change" and histories) by
 * the staff member's name in the current operator, a volunteer's by the module that keeps them
 * ({@link PersonNames}), "system" for the platform's own work, and anyone else (a person since removed
 * from the staff, a login no one here has) as "someone not on the staff list": a login is never shown
 * where a person's name belongs. Looked up once per login and request.
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
    private Set<String> staffNames;

    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(login)) {
            return Messages.text("reads.system");
        }
        return names.computeIfAbsent(login, l -> roster.nameOf(l).or(() -> otherNameOf(l)).or(() -> staffNamed(l))
                .orElseGet(() -> Messages.text("people.notOnStaff")));
    }

    /**
     * A staff member's name kept where a login belongs (the child-protection demo wrote the name of a worker
     * without a login): that is a person's name already, and so shown.
     */
    private Optional<String> staffNamed(String login) {
        if (staffNames == null) {
            staffNames = roster.all().stream().map(StaffMember::getName).collect(Collectors.toSet());
        }
        return staffNames.contains(login) ? Optional.of(login) : Optional.empty();
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
