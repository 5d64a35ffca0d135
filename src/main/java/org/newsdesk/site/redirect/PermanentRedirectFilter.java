package org.newsdesk.site.redirect;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.redirect.ArticleAddress;
import org.newsdesk.redirect.ArticleAddresses;
import org.newsdesk.redirect.LegacyRedirects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 301 for addresses that moved: an article's old slug (or another language's slug of a version this
 * language has), an unpublished version's address that its editor led elsewhere, and the old paths of legacy
 * redirects. It runs behind the first-response cache, so that a live
 * page costs no lookup here when the cache has it, and ahead of Spring Security and Vaadin, so that any path,
 * files and the back office's included, reaches it before a sign-in page or a 404. The redirect is cached as long as
 * pages are: a slug taken by a new article, or a removed redirect, reaches visitors as fast as an edit does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after the first-response cache (HIGHEST_PRECEDENCE + 10)
class PermanentRedirectFilter extends OncePerRequestFilter {

    private final ArticleAddresses articles;
    private final LegacyRedirects legacy;
    private final String cacheControl;

    PermanentRedirectFilter(ArticleAddresses articles, LegacyRedirects legacy, NewsdeskProperties settings) {
        this.articles = articles;
        this.legacy = legacy;
        this.cacheControl =
                "public, max-age=" + settings.firstResponse().maxAge().toSeconds() + ", stale-while-revalidate="
                        + settings.firstResponse().staleWhileRevalidate().toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || request.getParameter("v-r") != null; // Vaadin's own requests
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        var movedTo = Addresses.articlePage(path)
                .flatMap(address -> switch (articles.resolve(address.language(), address.slug())) {
                    case ArticleAddress.Moved moved -> Optional.of("/" + moved.path());
                    case ArticleAddress.Gone gone -> Optional.ofNullable(gone.redirectTo());
                    default -> Optional.<String>empty();
                })
                .or(() -> legacy.follow(path));
        if (movedTo.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        // The query of the old address is not carried over: an old site's parameters mean nothing here.
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + movedTo.get());
    }
}
