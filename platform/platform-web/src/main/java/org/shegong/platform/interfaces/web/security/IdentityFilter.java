package org.shegong.platform.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.interfaces.rest.ErrorBody;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.application.tenancy.CurrentActor;

/**
 * The edge: once per request, after the container has validated the token, turn its claims into
 * the request's identity, actor and tenant. Nothing else in the application reads tokens, and
 * nothing else enters a tenant for a request.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class IdentityFilter extends HttpFilter {

    /** The request attribute the 403 page ({@code /forbidden.xhtml}) reads its reason from. */
    public static final String REFUSAL = "shegong.refusal";
    private static final String SIGNED_IN_AS = "shegong.signedInAs";
    /** {@link SignOut}'s path: open to every signed-in person, a refused one (no role, no operator) too. */
    static final String SIGN_OUT = "/logout";

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    CurrentActor currentActor;

    @Inject
    ModuleRegistry modules;

    @Inject
    SessionIdentity sessionIdentity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        TokenClaims claims = TokenClaims.of(request);
        if (claims.isNotAnAccessToken()) {
            // An ID token carries the portal as audience too, and it travels in browser URLs at
            // sign-out: only Keycloak's access tokens (typ Bearer) open the API.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(ErrorBody.json("api.error.idToken", language(request)));
            return;
        }
        Identity identity = claims.identity(request.getUserPrincipal().getName());
        boolean api = request.getServletPath().startsWith("/api");
        if (!api) {
            // Bearer tokens live minutes and are checked on every call; a page session lives on,
            // so its identity is looked up again now and then (SessionIdentity).
            Optional<Identity> current = sessionIdentity.current(renewSessionAtSignIn(request, identity), identity);
            if (current.isEmpty()) {
                endSession(request, response);
                return;
            }
            identity = current.get();
        }
        currentIdentity.set(identity); // enters the token's operator as the request's tenant
        currentActor.become(identity.username());

        Optional<Refusal> refusal = identity.refusal();
        if (refusal.isEmpty() && !api) {
            Optional<Access> needed = PageAccess.forPath(request.getServletPath());
            if (needed.isPresent() && !needed.get().allows(identity)) {
                refusal = Optional.of(new Refusal("access.refused.page"));
            }
        }
        Optional<ShegongModule> module = moduleOf(request);
        if (refusal.isEmpty() && module.isPresent()) {
            if (!modules.isEnabled(module.get(), identity.tenant())) {
                // Switched off for this operator (or no operator's person, as civil affairs): as if it
                // were not installed — and an API caller gets the API's one error shape, not a page.
                if (api) {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(ErrorBody.json("api.error.notFound", language(request)));
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
                return;
            }
            Set<Role> reaching = api ? module.get().roles()
                    : module.get().pageRoles(ModulePath.pageOf(request.getServletPath(), request.getPathInfo()).orElse(""));
            if (!identity.hasAny(reaching)) {
                // In the module but not on this page of it (a volunteer on a staff page): the page's refusal.
                refusal = Optional.of(new Refusal(identity.hasAny(module.get().roles()) ? "access.refused.page" : "access.refused.module"));
            }
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (refusal.isPresent() && !api && (isPublic(path) || SIGN_OUT.equals(path))) {
            // What anyone may load (page resources, the public pages) stays open to a refused person
            // too, so the refusal page itself is drawn with its styles and icon; and signing out,
            // which the refusal page offers (another account), only ends the session it is refused in.
            chain.doFilter(request, response);
            return;
        }
        if (refusal.isPresent()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            if (api) {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(ErrorBody.json(refusal.get(), language(request)));
            } else {
                request.setAttribute(REFUSAL, refusal.get());
                request.getRequestDispatcher("/forbidden.xhtml").forward(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** web.xml leaves these open to everyone (no sign-in needed). */
    static boolean isPublic(String servletPath) {
        return servletPath.startsWith("/jakarta.faces.resource/") || servletPath.startsWith("/public/");
    }

    /**
     * The switchable module a request is for: {@code /<id>/…} for pages, {@code /api/<id>/…} for the
     * API, decided on the path the container routes on (see {@link ModulePath}).
     */
    private Optional<ShegongModule> moduleOf(HttpServletRequest request) {
        return ModulePath.folderOf(request.getServletPath(), request.getPathInfo())
                .flatMap(modules::find).filter(ShegongModule::switchable);
    }

    /** A session that existed before sign-in gets a new id, so a planted session id is worthless. */
    private HttpSession renewSessionAtSignIn(HttpServletRequest request, Identity identity) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
            signedIn(session, identity);
            return session;
        }
        Object signedInAs = session.getAttribute(SIGNED_IN_AS);
        if (signedInAs == null) {
            request.changeSessionId();
            signedIn(session, identity);
        } else if (!signedInAs.equals(identity.username())) {
            session.invalidate();
            session = request.getSession(true);
            signedIn(session, identity);
        }
        return session;
    }

    private void signedIn(HttpSession session, Identity identity) {
        session.setAttribute(SIGNED_IN_AS, identity.username());
        sessionIdentity.signedIn(session);
    }

    /**
     * The account was disabled or deleted since sign-in: the session and the server's sign-on end
     * here, as at {@link SignOut}, and the next sign-in from this browser asks for the password.
     * A Faces AJAX request is told to go by a partial response, which its script follows.
     */
    private static void endSession(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.addCookie(SignInGate.signedOutCookie(request, 30 * 24 * 3600));
        String signedOutPage = request.getContextPath() + "/public/stations.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signedOutPage + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(signedOutPage);
    }

    /** The API caller's language (Accept-Language; Chinese by default). */
    static java.util.Locale language(HttpServletRequest request) {
        return ErrorBody.language(request.getHeader("Accept-Language"));
    }
}
