package org.shegong.platform.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Plain messages on a module's page, one way for every module: a refused action becomes a message
 * with the service's reason and keeps the form open with what the person typed (validation is marked
 * failed, so nothing navigates away).
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Runs an action; the refusals the services give become messages, true if it went through. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException | RecordNotFoundException | ConcurrentChangeException | AccessDeniedException e) {
            error(e.getMessage());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> error(v.getMessage()));
        }
        return false;
    }
}
