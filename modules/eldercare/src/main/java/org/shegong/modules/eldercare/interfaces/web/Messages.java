package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;

/** Plain messages on the page; a refused action keeps the form open with what the person typed. */
final class Messages {

    private Messages() {
    }

    private static final String BUNDLE = "org.shegong.modules.eldercare.messages";

    /** The module's text for {@code key} in the page's language, with {@code {0}}, {@code {1}} … filled in. */
    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Runs an action; the refusals the services give become messages, true if it went through. */
    static boolean attempt(Runnable action) {
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
