package org.shegong.platform.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * An AJAX request (a PrimeFaces button, the progress bar) that fails because the database is out of
 * reach is sent to the outage page; the default handling would write the exception's text into the
 * partial response. A full-page request's failure is left to propagate to {@link DatabaseOutageFilter}.
 */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OutageExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class OutageExceptionHandler extends ExceptionHandlerWrapper {

        OutageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                boolean redirected = false;
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                    Throwable failure = events.next().getContext().getException();
                    if (DatabaseOutage.causedBy(failure)) {
                        events.remove();
                        if (!redirected) {
                            redirected = true;
                            redirectToOutagePage(faces);
                        }
                    }
                }
            }
            getWrapped().handle();
        }

        private static void redirectToOutagePage(FacesContext faces) {
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/unavailable.xhtml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
