package org.shegong.platform.api.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Plain messages on a module's page, one way for every module: a refused action becomes a message
 * with the service's reason and keeps the form open with what the person typed (validation is marked
 * failed, so nothing navigates away). A service's reason written in both languages ("请填写舒张压 /
 * the diastolic value is required", as the API answers) shows in the page's language only: the one
 * rule for such pairs, used by the platform's pages too.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** A text for the page; an older "中文 / English" pair shows the page's language only. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Reasons.inLanguage(text, locale()), null));
    }

    public static void error(String text) {
        error(null, text);
    }

    /** An error under {@code key} (null: for the whole page), which a {@code <p:messages for=key forType="key">} shows. */
    private static void error(String key, String text) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Reasons.inLanguage(text, locale()), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A refusal's reason ({@link org.shegong.platform.api.records.Refusal} key or older text) as an error, in the page's language. */
    public static void refused(RuntimeException e) {
        error(Reasons.text(e, locale()));
    }

    /** The bundle text of a key (the platform's or a module's) as an error, in the page's language. */
    public static void refused(String key, Object... args) {
        error(Reasons.text(key, java.util.Arrays.asList(args), locale()));
    }

    /** The same, beside the form whose messages show {@code beside} (see {@link #attempt(String, Runnable)}). */
    public static void refusedBeside(String beside, String key, Object... args) {
        error(beside, Reasons.text(key, java.util.Arrays.asList(args), locale()));
    }

    /**
     * Each reason of a refusal beside the input it is about ({@link org.shegong.platform.api.records.Refusals}: a
     * form checked as a whole): a reason about field {@code f} goes under the client id {@code inputOf.apply(f)},
     * which a {@code <p:message for="…">} beside that input shows; a reason about no field, or about one the
     * page has no input for, goes to the page. Validation is marked failed: the form stays open as typed.
     */
    public static void refusedBesideInputs(org.shegong.platform.api.records.Refusal e,
                                           java.util.function.UnaryOperator<String> inputOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (org.shegong.platform.api.records.Refusal reason : e.each()) {
            String input = reason.field() == null ? null : inputOf.apply(reason.field());
            boolean shown = input != null && faces.getViewRoot().findComponent(input) != null;
            error(shown ? input : null, Reasons.text(reason, locale()));
        }
    }

    /** The language of the page being drawn (Chinese when there is none). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    /** Runs an action; the refusals the services give become messages, true if it went through. */
    public static boolean attempt(Runnable action) {
        return attempt(null, action);
    }

    /**
     * Runs an action whose refusals are said beside its own form rather than at the top of a long page (on a
     * phone, a screen or more away from the button): they go under {@code beside}, which that form's
     * {@code <p:messages for="…" forType="key">} shows and the page's top messages leave out ({@code forIgnores}).
     */
    public static boolean attempt(String beside, Runnable action) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException | RecordNotFoundException | ConcurrentChangeException | AccessDeniedException e) {
            error(beside, Reasons.text(e, locale()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> error(beside, Reasons.violation(v, locale())));
        }
        return false;
    }
}
