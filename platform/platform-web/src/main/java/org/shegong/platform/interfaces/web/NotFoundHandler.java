package org.shegong.platform.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * A page that asks for a record the person may not see, or that does not exist (an unknown,
 * removed, or another station's or operator's resident in the URL), answers 404 with the
 * not-found page, never a 500. Holds for the platform's pages and every module's: whatever the
 * page bean throws while the page is built.
 */
public class NotFoundHandler extends ExceptionHandlerWrapper {

    public NotFoundHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean answered = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (notFound(thrown) && context != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    context.getExternalContext().responseReset();
                    context.getExternalContext().responseSendError(404, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
                answered = true;
            }
        }
        if (answered && FacesContext.getCurrentInstance() == null) {
            // The 404 page is a Faces page of its own, drawn in this request, and released the context when
            // done: the handlers after this one have nothing left to answer (MyFaces' own would fail on it).
            return;
        }
        getWrapped().handle();
    }

    private static boolean notFound(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RecordNotFoundException) {
                return true;
            }
        }
        return false;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundHandler(getWrapped().getExceptionHandler());
        }
    }
}
