package org.newsdesk.site.feeds;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.seo.FeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** RSS feeds of the newest articles, per language and per theme. */
@RestController
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    /** Readers poll often; a short cache spares the database without delaying news by much. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final FeedService feeds;
    private final RssFeedWriter writer;
    private final PublicSiteUrlResolver siteUrl;

    FeedController(FeedService feeds, RssFeedWriter writer, PublicSiteUrlResolver siteUrl) {
        this.feeds = feeds;
        this.writer = writer;
        this.siteUrl = siteUrl;
    }

    @GetMapping(Addresses.LANGUAGE_FEED_MAPPING)
    ResponseEntity<String> languageFeed(@PathVariable String lang, HttpServletRequest request) {
        return languageOf(lang)
                .map(language -> writer.languageFeed(language, feeds.newest(language), siteUrl.resolve(request)))
                .map(FeedController::rss)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(Addresses.THEME_FEED_MAPPING)
    ResponseEntity<String> themeFeed(
            @PathVariable String lang, @PathVariable String themeSlug, HttpServletRequest request) {
        return languageOf(lang)
                .flatMap(language -> feeds.newestInTheme(language, themeSlug)
                        .map(theme -> writer.themeFeed(language, theme, siteUrl.resolve(request))))
                .map(FeedController::rss)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Only the exact, lower-case codes: the news pages have no other address either. */
    private static Optional<Language> languageOf(String code) {
        return Language.fromCode(code).filter(language -> language.code().equals(code));
    }

    private static ResponseEntity<String> rss(String feed) {
        return ResponseEntity.ok().contentType(RSS).cacheControl(CACHE).body(feed);
    }
}
