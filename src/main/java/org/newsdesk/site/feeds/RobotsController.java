package org.newsdesk.site.feeds;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells crawlers to keep out of the back office and where the sitemap is. */
@RestController
class RobotsController {

    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final PublicSiteUrlResolver siteUrl;

    RobotsController(PublicSiteUrlResolver siteUrl) {
        this.siteUrl = siteUrl;
    }

    @GetMapping(Addresses.ROBOTS_MAPPING)
    ResponseEntity<String> robots(HttpServletRequest request) {
        var body = """
                User-agent: *
                Allow: /
                Disallow: /admin
                Disallow: /login
                Sitemap: %s
                """.formatted(siteUrl.resolve(request).of(Addresses.sitemap()));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CACHE).body(body);
    }
}
