package org.shegong.platform.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.infrastructure.identity.IdentityProviderProbe;

/**
 * The first stop of every sign-in: Liberty's OpenID Connect client sends the browser here (its
 * authorization endpoint is this page) and this page sends it on to Keycloak with the same request
 * — unless Keycloak does not answer, when the person sees "登录服务暂时不可用" instead of a browser
 * error. After a sign-out from this browser it adds {@code prompt=login}, so a Keycloak session that
 * outlived the sign-out (Keycloak was down when the person signed out) cannot sign the next person
 * in without a password.
 */
@WebServlet("/public/sign-in")
public class SignInGate extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Set by {@link SignOut}: the next sign-in from this browser must ask for the password. */
    static final String SIGNED_OUT = "shegong_signed_out";
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "shegong.oidc.issuer")
    String issuer;

    @Inject
    IdentityProviderProbe identityProvider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!identityProvider.isAnswering()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            request.getRequestDispatcher("/public/sign-in-unavailable.xhtml").forward(request, response);
            return;
        }
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        boolean signedOut = request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> SIGNED_OUT.equals(c.getName()));
        if (signedOut) {
            // prompt=login makes Keycloak ask for the password even if its own session is still alive.
            query = query.replaceAll("(^|&)prompt=[^&]*", "") + (query.isEmpty() ? "" : "&") + "prompt=login";
            response.addCookie(signedOutCookie(request, 0));
        }
        response.sendRedirect(issuer + "/protocol/openid-connect/auth" + (query.isEmpty() ? "" : "?" + query));
    }

    /** The cookie {@link SignOut} leaves (for a month) and this page removes once it has been honoured. */
    static Cookie signedOutCookie(HttpServletRequest request, int maxAgeSeconds) {
        Cookie cookie = new Cookie(SIGNED_OUT, maxAgeSeconds == 0 ? "" : "1");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
