package org.shegong.platform.api.directory;

import java.util.Optional;

/**
 * People who sign in without being on the staff (a volunteer on the portal), by the name they go by,
 * for the pages that say who did something (a read log showed {@code volunteer.demo}). A module that
 * keeps such people answers for the current operator's; empty when it does not know the login.
 */
public interface PersonNames {

    Optional<String> nameOf(String login);
}
