package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.directory.PersonNames;
import org.shegong.platform.api.tenancy.CurrentTenant;

/** A volunteer's name for their portal login, in the current operator's registry. */
@ApplicationScoped
public class VolunteerNames implements PersonNames {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    CurrentTenant tenant;

    @Override
    @Transactional
    public Optional<String> nameOf(String login) {
        if (login == null || login.isBlank() || tenant.current().isEmpty()) {
            return Optional.empty(); // outside an operator there is no registry to ask
        }
        return volunteers.byLogin(login).map(Volunteer::getName);
    }
}
