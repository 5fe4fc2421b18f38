package org.shegong.platform.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Plain messages on a module's page, one way for every module: a refused action becomes a message
 * with the service's reason and keeps the form open with what the person typed (validation is marked
 * failed, so nothing navigates away). A service's reason written in both languages ("请填写舒张压 /
 * the diastolic value is required", as the API answers) shows in the page's language only: the one
 * rule for such pairs, used by the platform's pages too.
 */
public final class PageMessages {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final String BETWEEN = " / ";

    private PageMessages() {
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, inLanguage(text, locale(faces)), null));
    }

    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, inLanguage(text, locale(faces)), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : faces.getViewRoot().getLocale();
    }

    /**
     * The part of a "中文 / English" text in the given language: the Chinese part (before the first
     * " / ") for Chinese, the rest for any other language. A text that is not such a pair (Chinese, then
     * English words) is kept whole.
     */
    public static String inLanguage(String text, Locale locale) {
        int at = text == null ? -1 : text.indexOf(BETWEEN);
        if (at <= 0) {
            return text;
        }
        String chinese = text.substring(0, at).strip();
        String other = text.substring(at + BETWEEN.length()).strip();
        // Chinese before, English after (which may quote a Chinese name): else not such a pair.
        if (!HAN.matcher(chinese).find() || !WORD.matcher(other).find()) {
            return text;
        }
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : other;
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
