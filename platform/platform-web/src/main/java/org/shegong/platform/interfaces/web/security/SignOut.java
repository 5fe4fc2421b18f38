package org.shegong.platform.interfaces.web.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.platform.infrastructure.identity.IdentityProviderProbe;

/**
 * Signs out here and at Keycloak (RP-initiated logout): the application session and the server's
 * single-sign-on cookie end, then Keycloak ends its own session and sends the browser back. A
 * cookie makes the next sign-in from this browser ask for the password, so a sign-out holds even
 * when Keycloak was down and its session outlived it.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    @Inject
    @ConfigProperty(name = "shegong.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "shegong.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "shegong.portal.url")
    String portalUrl;

    @Inject
    IdentityProviderProbe identityProvider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String idTokenHint = rawIdToken();
        String signedOutPage = portalUrl + request.getContextPath() + "/public/stations.xhtml";
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        // Whatever becomes of Keycloak's session, the next sign-in from this browser asks for the password.
        response.addCookie(SignInGate.signedOutCookie(request, 30 * 24 * 3600));
        if (!identityProvider.isAnswering()) {
            // Keycloak is away: the browser is not sent into nothing; its session there is made
            // worthless by prompt=login at the next sign-in (SignInGate).
            response.sendRedirect(signedOutPage);
            return;
        }
        StringBuilder url = new StringBuilder(issuer).append("/protocol/openid-connect/logout?client_id=")
                .append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(signedOutPage));
        if (idTokenHint != null) {
            url.append("&id_token_hint=").append(encode(idTokenHint));
        }
        response.sendRedirect(url.toString());
    }

    private static String rawIdToken() {
        try {
            IdToken idToken = PropagationHelper.getIdToken();
            return idToken == null ? null : idToken.getRawIdToken();
        } catch (Exception noTokenToHint) {
            // Keycloak then asks the user to confirm the logout instead.
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
