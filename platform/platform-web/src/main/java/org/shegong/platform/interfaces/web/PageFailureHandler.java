package org.shegong.platform.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * The last word on a page that failed: no stack trace or server text ever reaches a person. A page
 * kept open past the session's end (ViewExpiredException), or one whose state sent back cannot be
 * read, is opened again with a message, so the person simply does it once more; any other failure is logged in full and the person sees the
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
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable failure = event.getException();
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
                    ViewExpiredException expired = (ViewExpiredException) rootExpired(failure);
                    reopen(faces, expired.getViewId() == null ? "/index.xhtml" : expired.getViewId());
                } else if (unreadableState(faces, event)) {
                    LOG.info(() -> "a page's state could not be read (" + failure + "): "
                            + faces.getExternalContext().getRequestServletPath() + " opened afresh");
                    reopen(faces, faces.getExternalContext().getRequestServletPath());
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

    /**
     * A page state sent back that Faces could not even read (not one it wrote: cut short, forged, or a
     * state parameter added to an address by hand): as with an expired page, the person gets the page
     * afresh, not the error page of a server failure.
     */
    private static boolean unreadableState(FacesContext faces, ExceptionQueuedEventContext event) {
        return PhaseId.RESTORE_VIEW.equals(event.getPhaseId())
                && faces.getExternalContext().getRequestParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    /**
     * Opens the page afresh (a GET of the same view, with the parameters it was opened with, e.g. the
     * resident's id) and says why the click did nothing: the template shows the notice when the address
     * carries {@value #EXPIRED}. Not a kept Flash message: this handler runs after the Flash has saved
     * what it keeps for the next request, so such a message was lost and the page reopened silently.
     */
    private static void reopen(FacesContext faces, String view) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(reopenTarget(request.getHeader("Referer"), request.getScheme(), request.getServerName(),
                request.getServerPort(), external.getRequestContextPath(), view));
    }

    static final String EXPIRED = "expired";

    /**
     * Where an expired page reopens: the page the person was on (its path and query from the Referer,
     * when that is this server's page of the same view, less any page state in it), else the view
     * itself; with {@value #EXPIRED} added once. Only a path on this server is ever used, never another site's address.
     */
    static String reopenTarget(String referer, String scheme, String host, int port, String contextPath, String view) {
        String target = contextPath + view;
        if (referer != null) {
            try {
                URI from = new URI(referer);
                int fromPort = from.getPort() < 0 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort();
                if (scheme.equalsIgnoreCase(from.getScheme()) && host.equalsIgnoreCase(from.getHost()) && port == fromPort
                        && (contextPath + view).equals(from.getRawPath())) {
                    String query = from.getRawQuery() == null ? "" : Arrays.stream(from.getRawQuery().split("&"))
                            .filter(p -> !p.isEmpty() && !isNamed(p, EXPIRED) && !isNamed(p, ResponseStateManager.VIEW_STATE_PARAM))
                            .collect(Collectors.joining("&"));
                    target = from.getRawPath() + (query.isEmpty() ? "" : "?" + query);
                }
            } catch (URISyntaxException notAnAddress) {
                // the view itself, then
            }
        }
        return target + (target.contains("?") ? "&" : "?") + EXPIRED;
    }

    /** Whether a query's {@code name=value} part has this name, however its letters are escaped. */
    private static boolean isNamed(String part, String name) {
        int equals = part.indexOf('=');
        String given = equals < 0 ? part : part.substring(0, equals);
        try {
            return URLDecoder.decode(given, StandardCharsets.UTF_8).equals(name);
        } catch (IllegalArgumentException notEscapedRight) {
            return false;
        }
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
