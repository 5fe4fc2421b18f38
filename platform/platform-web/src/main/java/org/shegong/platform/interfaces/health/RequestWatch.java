package org.shegong.platform.interfaces.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Records each request's start and end for {@link RequestThreadsLiveness}. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestWatch extends HttpFilter {

    @Inject
    RequestsInFlight inFlight;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long ticket = inFlight.began();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.ended(ticket);
        }
    }
}
