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

/**
 * Signs out here and at Keycloak (RP-initiated logout): the application session and the server's
 * single-sign-on cookie end, then Keycloak ends its own session and sends the browser back.
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

    /**
     * Never by GET: a link or image on another site would sign people out. The pages sign out with
     * a POST form, which browsers do not send with our cookies from another site (SameSite=Lax).
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
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
