package org.newsdesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, written before anything else answers: also the responses that the
 * site's own filters give before Spring Security's chain (the 400 page, the root redirect, cached first
 * responses), and before Vaadin's bootstrap, which would otherwise add its own, laxer framing rule
 * ({@code X-Frame-Options: SAMEORIGIN}) where none is set yet. One framing rule for every page: none may be
 * framed. HSTS only over TLS, as seen through a trusted proxy (README, Production).
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    /** Features no page uses: a script injected despite the policy cannot ask for them either. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private final HstsHeaderWriter hsts = new HstsHeaderWriter();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        hsts.writeHeaders(request, response);
        chain.doFilter(request, response);
    }
}
