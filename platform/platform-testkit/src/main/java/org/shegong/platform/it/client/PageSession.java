package org.shegong.platform.it.client;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in page session with nothing but the JDK's HTTP client, for tests that run inside the
 * server (where the HtmlUnit browser is not on the class path): it walks Keycloak's real login
 * forms (username first, then password) and keeps the cookies.
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Opens the page, signing in on the way if Keycloak asks; returns where it lands. */
    public HttpResponse<String> signIn(URI page, String username, String password) throws Exception {
        HttpResponse<String> response = get(page);
        for (int step = 0; step < 3; step++) {
            Matcher form = LOGIN_FORM.matcher(response.body());
            if (!form.find()) {
                return response;
            }
            Matcher action = ACTION.matcher(form.group());
            if (!action.find()) {
                throw new IllegalStateException("a login form without an action: " + form.group());
            }
            String target = action.group(1).replace("&amp;", "&");
            // Username first (Organizations on), then the password, as a person would type them.
            boolean asksPassword = response.body().contains("name=\"password\"");
            String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + (asksPassword ? "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=" : "");
            response = http.send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /**
     * Keycloak marks its login cookies Secure; the JDK sends Secure cookies over https only, while
     * a browser treats http://localhost as secure. The test stack runs on loopback http, so the
     * flag is dropped here, as the browser would in effect.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> relaxed = new HashMap<>();
            responseHeaders.forEach((name, values) -> relaxed.put(name, name != null && name.toLowerCase().startsWith("set-cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    public HttpResponse<String> get(URI page) throws Exception {
        return http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
