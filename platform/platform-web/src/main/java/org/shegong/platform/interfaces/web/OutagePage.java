package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * The page shown while the database is out of reach ({@code /unavailable.xhtml}): it reads nothing
 * from the database, answers 503 with Retry-After, and offers to try again.
 */
@Named
@RequestScoped
public class OutagePage {

    /** Called before the page renders, whether reached by the error dispatch or by an AJAX redirect. */
    public void answerUnavailable() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(503);
        external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    }
}
