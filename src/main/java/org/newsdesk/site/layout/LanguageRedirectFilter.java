package org.newsdesk.site.layout;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.base.Language;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a visitor of the site root to the news of the language their browser prefers, as a real HTTP redirect
 * so that crawlers and link previews follow it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after GarbledAddressFilter: reading a garbled query string fails
class LanguageRedirectFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !"/"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                || request.getParameter("v-r") != null; // Vaadin's own requests to the root
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var language = Language.preferredIn(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/" + language.code() + "/");
    }
}
