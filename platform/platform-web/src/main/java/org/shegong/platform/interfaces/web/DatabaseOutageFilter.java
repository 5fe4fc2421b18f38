package org.shegong.platform.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.shegong.platform.infrastructure.persistence.DatabaseOutage;

/**
 * The outermost filter (declared first in web.xml): a request that failed because the database is
 * out of reach answers 503 with Retry-After — JSON on {@code /api}, the friendly outage page
 * elsewhere — instead of the container's error page with the exception's text. Other failures
 * pass on unchanged.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            answerUnavailable(request, response);
        }
    }

    static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        if (request.getServletPath().startsWith("/api")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json;charset=UTF-8");
            byte[] body = org.shegong.platform.interfaces.rest.ErrorBody.json("api.error.databaseUnavailable",
                    org.shegong.platform.interfaces.rest.ErrorBody.language(request.getHeader("Accept-Language")))
                    .getBytes(StandardCharsets.UTF_8);
            response.getOutputStream().write(body);
        } else {
            // web.xml sends 503 to the outage page.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
