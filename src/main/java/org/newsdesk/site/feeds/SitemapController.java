package org.newsdesk.site.feeds;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.seo.SitemapService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sitemap search engines read to find every public page and its translations. */
@RestController
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final SitemapService sitemap;
    private final SitemapXmlWriter writer;
    private final PublicSiteUrlResolver siteUrl;

    SitemapController(SitemapService sitemap, SitemapXmlWriter writer, PublicSiteUrlResolver siteUrl) {
        this.sitemap = sitemap;
        this.writer = writer;
        this.siteUrl = siteUrl;
    }

    @GetMapping(Addresses.SITEMAP_MAPPING)
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(XML)
                .cacheControl(CACHE)
                .body(writer.write(sitemap.pages(), siteUrl.resolve(request)));
    }
}
