package org.shegong.platform.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Plain messages for the page's message area; a refused form also marks validation as failed. */
final class Messages {

    private Messages() {
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, inLanguage(message), null));
    }

    /** A notice that does not stop the page (something could not be checked). */
    static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, inLanguage(message), null));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, inLanguage(message), null));
    }

    /**
     * A reason written as a "中文 / English" pair (the application services' and the domain's refusals,
     * which the API returns whole) in the page's language only.
     */
    static String inLanguage(String message) {
        return org.shegong.platform.api.records.Reasons.inLanguage(message, ModuleTexts.locale());
    }

    /** Tells the person why a change was refused: each violated rule in its own words, or the refusal. */
    static void refused(RuntimeException e) {
        if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                error(org.shegong.platform.api.records.Reasons.violation(v, ModuleTexts.locale()));
            }
        } else {
            error(org.shegong.platform.api.records.Reasons.text(e, ModuleTexts.locale()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The bundle's text for {@code key} with its {0}, {1}… filled in. */
    static String format(String key, Object... values) {
        return new java.text.MessageFormat(text(key), ModuleTexts.locale()).format(values);
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
