package org.newsdesk.base.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.NewsdeskProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the public site lives. Feeds, the sitemap and robots.txt need absolute URLs, and behind a proxy the
 * request does not always know the public address, so {@code newsdesk.public-url} may name it.
 */
@Component
public class PublicSiteUrlResolver {

    private final String configuredRoot;

    @Autowired
    PublicSiteUrlResolver(NewsdeskProperties settings) {
        this(settings.publicUrl());
    }

    public PublicSiteUrlResolver(String publicUrl) {
        this.configuredRoot = publicUrl.isBlank() ? "" : validRoot(publicUrl.strip());
    }

    public PublicSiteUrl resolve(HttpServletRequest request) {
        if (!configuredRoot.isEmpty()) {
            return new PublicSiteUrl(configuredRoot);
        }
        return new PublicSiteUrl(
                ServletUriComponentsBuilder.fromContextPath(request).toUriString());
    }

    /** Fails at start-up rather than publishing broken links in every feed. */
    private static String validRoot(String publicUrl) {
        URI uri;
        try {
            uri = URI.create(publicUrl);
        } catch (IllegalArgumentException malformed) {
            throw invalid(publicUrl);
        }
        var scheme = uri.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw invalid(publicUrl);
        }
        return publicUrl.replaceAll("/+$", "");
    }

    private static IllegalArgumentException invalid(String publicUrl) {
        return new IllegalArgumentException("newsdesk.public-url must be an absolute http(s) address such as "
                + "https://news.example.org, not '" + publicUrl + "'");
    }
}
