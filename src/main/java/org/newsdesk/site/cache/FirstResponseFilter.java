package org.newsdesk.site.cache;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.server.HandlerHelper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a visitor without a session who opens a public page from the cache: the same bytes for everyone, no
 * session, no cookie, cacheable by browsers, proxies and CDNs. The page's script then asks Vaadin for the live
 * view, and that request starts the visitor's session; crawlers, feed readers and visitors without JavaScript
 * never start one. Visitors with a session (staff, a reader who already has a live view) get their own first
 * response as before.
 */
@Component
@Order(FirstResponseFilter.ORDER)
class FirstResponseFilter extends OncePerRequestFilter {

    /**
     * After the filters for garbled addresses and the site root, which answer without a session, and before
     * Spring Security's, which would open one.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Headers the cache sets itself, or that describe one rendering rather than the page. */
    private static final Set<String> NOT_KEPT = Set.of(
            "cache-control",
            "pragma",
            "expires",
            "set-cookie",
            "date",
            "content-length",
            "content-type",
            "content-encoding",
            "transfer-encoding",
            "vary",
            "etag",
            "last-modified");

    private final FirstResponseCache cache;
    private final PublicPageAddresses addresses;
    private final Clock clock;
    private final String cacheControl;

    FirstResponseFilter(
            FirstResponseCache cache, PublicPageAddresses addresses, Clock clock, NewsdeskProperties settings) {
        this.cache = cache;
        this.addresses = addresses;
        this.clock = clock;
        this.cacheControl =
                "public, max-age=" + settings.firstResponse().maxAge().toSeconds() + ", stale-while-revalidate="
                        + settings.firstResponse().staleWhileRevalidate().toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()
                || request.getParameter("v-r") != null // Vaadin's own requests: the live view, its events
                || HandlerHelper.isNonHtmlInitiatedRequest(request); // a script or image at a page's address
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        // A page outside the languages' addresses (a 404) speaks the browser's language.
        var byBrowserLanguage = Language.fromCode(firstSegment(path)).isEmpty();
        // The page's absolute links follow the address it was asked at (unless newsdesk.public-url is set).
        var key = request.getRequestURL()
                .append('?')
                .append(Objects.toString(request.getQueryString(), ""))
                .append(
                        byBrowserLanguage
                                ? "#" + Language.fromLocale(request.getLocale()).code()
                                : "")
                .toString();
        var page = cache.cached(key);
        if (page == null) {
            if (!addresses.isPublicPage(path)) {
                chain.doFilter(request, response);
                return;
            }
            var vary = byBrowserLanguage
                    ? HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE
                    : HttpHeaders.ACCEPT_ENCODING;
            page = cache.renderOnce(key, () -> render(request, response, chain, vary));
            if (page == null) {
                return;
            }
        }
        page.writeTo(request, response, cacheControl);
    }

    /**
     * Lets the request through the application once, without a session of its own, and keeps what it answered
     * if that is a page; anything else (a redirect, an error) goes to the visitor as it is, and is not kept.
     */
    private @Nullable CachedResponse render(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String vary)
            throws IOException, ServletException {
        var rendering = new RenderingRequest(request);
        var captured = new CapturingResponse(response);
        try {
            chain.doFilter(rendering, captured);
        } finally {
            rendering.discardSession();
        }
        if (!isPage(response)) {
            captured.sendAsWritten();
            return null;
        }
        var page = CachedResponse.of(
                response.getStatus(),
                response.getContentType(),
                keptHeaders(response),
                vary,
                captured.body(),
                clock.millis());
        response.reset();
        return page;
    }

    private static String firstSegment(String path) {
        var end = path.indexOf('/', 1);
        return path.substring(Math.min(1, path.length()), end < 0 ? path.length() : end);
    }

    private static boolean isPage(HttpServletResponse response) {
        var status = response.getStatus();
        return !response.isCommitted()
                && (status == HttpServletResponse.SC_OK
                        || status == HttpServletResponse.SC_NOT_FOUND
                        || status == HttpServletResponse.SC_GONE)
                && response.getContentType() != null
                && response.getContentType().startsWith("text/html")
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    }

    private static List<Map.Entry<String, String>> keptHeaders(HttpServletResponse response) {
        var kept = new ArrayList<Map.Entry<String, String>>();
        for (var name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> kept.add(Map.entry(name, value)));
            }
        }
        return kept;
    }
}
