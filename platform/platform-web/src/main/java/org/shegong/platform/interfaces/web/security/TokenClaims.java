package org.shegong.platform.interfaces.web.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.api.identity.Role;

/**
 * Reads the claims of the request's validated token: the bearer access token on {@code /api}
 * (MicroProfile JWT), the ID token of the portal login elsewhere (Liberty's OIDC client). Claims
 * arrive as strings, collections or JSON arrays depending on the mechanism; all become strings here.
 */
final class TokenClaims {

    private final Function<String, Object> claims;
    private final boolean bearer;

    private TokenClaims(Function<String, Object> claims, boolean bearer) {
        this.claims = claims;
        this.bearer = bearer;
    }

    static TokenClaims of(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof JsonWebToken jwt) {
            return new TokenClaims(jwt::getClaim, true);
        }
        IdToken idToken = PropagationHelper.getIdToken();
        if (idToken != null) {
            return new TokenClaims(idToken::getClaim, false);
        }
        return new TokenClaims(name -> null, false);
    }

    /**
     * A bearer token on the API that is not an access token: Keycloak writes {@code typ} "Bearer"
     * into access tokens and "ID" into ID tokens, which MP-JWT would otherwise accept alike.
     */
    boolean isNotAnAccessToken() {
        return bearer && !single("typ").filter("Bearer"::equals).isPresent();
    }

    Identity identity(String principalName) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        strings("groups").forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        Optional<TenantId> tenant = single("tenant").flatMap(TokenClaims::tenantId);
        String username = single("preferred_username").orElse(principalName);
        String displayName = single("family_name").orElse("") + single("given_name").orElse("");
        return new Identity(username, displayName.isBlank() ? username : displayName, roles, tenant,
                new HashSet<>(strings("stations")), single("region"));
    }

    /** A malformed tenant claim is treated as none: the user is refused, not guessed at. */
    private static Optional<TenantId> tenantId(String value) {
        try {
            return Optional.of(TenantId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<String> single(String name) {
        List<String> values = strings(name);
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private List<String> strings(String name) {
        // Assigned to Object first: String.valueOf(claim) would pick the char[] overload.
        Object value = claims.apply(name);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                out.add(v instanceof JsonString s ? s.getString() : v.toString());
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (value instanceof JsonString s) {
            out.add(s.getString());
        } else {
            String text = value.toString().strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                for (String part : text.substring(1, text.length() - 1).split(",")) {
                    String cleaned = part.strip().replaceAll("^\"|\"$", "");
                    if (!cleaned.isEmpty()) {
                        out.add(cleaned);
                    }
                }
            } else if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }
}
