package org.shegong.platform.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * The last word on a page that failed: no stack trace or server text ever reaches a person. A page
 * kept open past the session's end (ViewExpiredException) is opened again with a message, so the
 * person simply does it once more; any other failure is logged in full and the person sees the
 * portal's error page (500), also after an AJAX click, whose default handling would put the
 * exception's text into the response. Runs after the not-found and outage handlers, which keep
 * their own answers (404, 503).
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageFailureHandler.class.getName());

    static final String ERROR_PAGE = "/public/error.xhtml";

    public PageFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean answered = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if (faces == null || DatabaseOutage.causedBy(failure)) {
                continue; // the outage filter answers 503 for these
            }
            events.remove();
            if (answered) {
                LOG.log(Level.SEVERE, "a further failure of the same request", failure);
                continue;
            }
            answered = true;
            try {
                if (expired(failure)) {
                    reopen(faces, (ViewExpiredException) rootExpired(failure));
                } else {
                    LOG.log(Level.SEVERE, "a page failed: " + faces.getExternalContext().getRequestServletPath(), failure);
                    showErrorPage(faces);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "could not answer a failed page", e);
            }
            faces.responseComplete();
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable failure) {
        return rootExpired(failure) != null;
    }

    private static Throwable rootExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return t;
            }
        }
        return null;
    }

    /** Opens the page afresh (a GET of the same view) and says why the click did nothing. */
    private static void reopen(FacesContext faces, ViewExpiredException expired) throws IOException {
        ExternalContext external = faces.getExternalContext();
        String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("error.expired"), null));
        external.redirect(external.getRequestContextPath() + view);
    }

    private static void showErrorPage(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + ERROR_PAGE);
        } else if (!external.isResponseCommitted()) {
            external.responseReset();
            external.responseSendError(500, null);
        }
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
