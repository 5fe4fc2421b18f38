package org.shegong.platform.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.shegong.platform.api.access.AccessDeniedException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.interfaces.web.security.IdentityFilter;

/**
 * A page that asks for a record the person may not see, or that does not exist (an unknown,
 * removed, or another station's or operator's resident in the URL), answers 404 with the
 * not-found page, never a 500. A page whose service refuses the person's role
 * ({@link AccessDeniedException}, e.g. a volunteer's login on a staff page) answers 403 with the
 * portal's refusal page and the service's reason, as the security filter does at the address.
 * Holds for the platform's pages and every module's: whatever the page bean throws while the page is built.
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
            Optional<Answer> answer = answerFor(events.next().getContext().getException());
            if (answer.isPresent() && context != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    context.getExternalContext().responseReset();
                    if (answer.get().reason() != null) {
                        context.getExternalContext().getRequestMap().put(IdentityFilter.REFUSAL, answer.get().reason());
                    }
                    context.getExternalContext().responseSendError(answer.get().status(), null);
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

    /** What a page that failed this way answers: its status, and for a 403 the reason the refusal page says. */
    record Answer(int status, Refusal reason) {
    }

    /**
     * 404 for a record not there for the person, 403 with the service's reason (or the general one)
     * for a refused role, wherever in the chain of causes (Faces wraps a view action's exception in
     * EL exceptions); empty for any other failure, left to the next handler.
     */
    static Optional<Answer> answerFor(Throwable thrown) {
        if (cause(thrown, RecordNotFoundException.class) != null) {
            return Optional.of(new Answer(404, null));
        }
        AccessDeniedException denied = cause(thrown, AccessDeniedException.class);
        if (denied == null) {
            return Optional.empty();
        }
        Refusal reason = cause(denied, Refusal.class);
        return Optional.of(new Answer(403, reason == null ? new Refusal("access.refused.function") : reason));
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
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
