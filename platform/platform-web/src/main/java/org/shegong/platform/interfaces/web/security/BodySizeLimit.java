package org.shegong.platform.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a declared body over 1 MB before anything reads it (413), on every route: pages post
 * small forms and the API small records. The Excel import page keeps its own, larger limit. A body
 * sent without a length is bounded where it is read ({@code JsonBodyGate} for the API).
 */
@WebFilter(urlPatterns = "/*")
public class BodySizeLimit extends HttpFilter {

    static final long MAX_BYTES = 1024 * 1024;
    /** Pages that take uploads and check their size themselves. */
    private static final Set<String> UPLOADS = Set.of("/station/import.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES && !UPLOADS.contains(request.getServletPath())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(org.shegong.platform.interfaces.rest.ErrorBody.json("body.refused.tooLarge", IdentityFilter.language(request)));
            return;
        }
        chain.doFilter(request, response);
    }
}
