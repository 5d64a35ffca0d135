package org.newsdesk.site.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.publiccontent.PublicContentChanged;
import org.newsdesk.seo.SitemapService;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemaps search engines read to find every public page and its translations: an index, the pages file, the
 * article files of at most 50,000 addresses each, and a news sitemap of the last two days. Each file is built once
 * and kept until public content changes, like the pages' first responses: at 100,000 articles a file costs a
 * query of its own, not a walk through every row on every request.
 */
@RestController
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final SitemapService sitemap;
    private final SitemapXmlWriter writer;
    private final PublicSiteUrlResolver siteUrl;
    /** By file and site address: the same sitemap reached under another host name names that host. */
    private final Map<String, String> built = new ConcurrentHashMap<>();

    SitemapController(SitemapService sitemap, SitemapXmlWriter writer, PublicSiteUrlResolver siteUrl) {
        this.sitemap = sitemap;
        this.writer = writer;
        this.siteUrl = siteUrl;
    }

    @GetMapping(Addresses.SITEMAP_MAPPING)
    ResponseEntity<String> index(HttpServletRequest request) {
        return answer(Addresses.sitemap(), request, site -> {
            var files = new ArrayList<String>();
            files.add(Addresses.sitemapOfPages());
            for (var file = 1; file <= sitemap.articleFiles(); file++) {
                files.add(Addresses.sitemapOfArticles(file));
            }
            files.add(Addresses.newsSitemap());
            return writer.writeIndex(files, site);
        });
    }

    @GetMapping(Addresses.SITEMAP_PAGES_MAPPING)
    ResponseEntity<String> pages(HttpServletRequest request) {
        return answer(Addresses.sitemapOfPages(), request, site -> writer.write(sitemap.pages(), site));
    }

    @GetMapping(Addresses.SITEMAP_ARTICLES_MAPPING)
    ResponseEntity<String> articles(@PathVariable int file, HttpServletRequest request) {
        if (file > sitemap.articleFiles()) {
            return ResponseEntity.notFound().build();
        }
        return answer(
                Addresses.sitemapOfArticles(file),
                request,
                site -> writer.write(sitemap.articles(file).orElseThrow(), site));
    }

    @GetMapping(Addresses.SITEMAP_NEWS_MAPPING)
    ResponseEntity<String> news(HttpServletRequest request) {
        // Kept per day as well: at midnight the day before yesterday drops out.
        var from = sitemap.newsFrom();
        return answer(
                Addresses.newsSitemap() + " " + from,
                request,
                site -> writer.writeNews(sitemap.recentNews(from), site));
    }

    /** Anything published, changed or withdrawn may change any of the files. */
    @EventListener(PublicContentChanged.class)
    void forget() {
        built.clear();
    }

    private ResponseEntity<String> answer(
            String file, HttpServletRequest request, Function<PublicSiteUrl, String> build) {
        var site = siteUrl.resolve(request);
        var xml = built.computeIfAbsent(file + " " + site.root(), key -> build.apply(site));
        return ResponseEntity.ok().contentType(XML).cacheControl(CACHE).body(xml);
    }
}
