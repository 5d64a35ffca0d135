package org.newsdesk.seo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.seo.PublishedContentRepository.PublishedVersion;
import org.newsdesk.seo.PublishedContentRepository.ThemeInLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages as search engines should know them, in files of at most 50,000 addresses (the sitemap
 * protocol's limit): one of the news grids and theme pages, then the published articles a block at a time, and the
 * news of the last two days for news search engines.
 */
@Service
@Transactional(readOnly = true)
public class SitemapService {

    /** Four languages each: 50,000 addresses at most per file. */
    static final int ARTICLES_PER_FILE = 50_000 / Language.values().length;

    /** News search engines take articles of the last two days. */
    private static final int NEWS_DAYS = 2;

    private final PublishedContentRepository content;
    private final SiteTime siteTime;
    private final Clock clock;

    SitemapService(PublishedContentRepository content, SiteTime siteTime, Clock clock) {
        this.content = content;
        this.siteTime = siteTime;
        this.clock = clock;
    }

    /** How many article files the index lists; at least one, so that the index never changes shape when empty. */
    public int articleFiles() {
        return Math.max(1, Math.ceilDiv(content.countPublishedArticles(), ARTICLES_PER_FILE));
    }

    /** The news grids, the themes indexes and the theme pages. */
    public List<SitemapPage> pages() {
        var latestByLanguage = content.findLatestChangePerLanguage();
        var grids = Arrays.stream(Language.values())
                .map(language -> new PageVersion(0, language, Addresses.news(language), latestByLanguage.get(language)))
                .toList();
        var latestByTheme = content.findLatestChangePerTheme();
        var themes = content.findAllThemes().stream()
                .map(theme -> new PageVersion(
                        theme.themeId(),
                        theme.language(),
                        Addresses.theme(theme.language(), theme.slug()),
                        latestByTheme.get(new ThemeInLanguage(theme.themeId(), theme.language()))))
                .toList();
        var themesIndexes = Arrays.stream(Language.values())
                .map(language -> new PageVersion(0, language, Addresses.themes(language), null))
                .toList();
        var pages = new ArrayList<>(withAlternates(grids));
        pages.addAll(withAlternates(themesIndexes));
        pages.addAll(withAlternates(themes));
        return pages;
    }

    /**
     * The published articles of one file, every language version with its translations.
     *
     * @param file from 1; empty for a file the index does not list
     */
    public Optional<List<SitemapPage>> articles(int file) {
        if (file < 1 || file > articleFiles()) {
            return Optional.empty();
        }
        var versions = content.findPublishedVersionsOfArticles((file - 1) * ARTICLES_PER_FILE, ARTICLES_PER_FILE);
        return Optional.of(withAlternates(
                versions.stream().map(SitemapService::articlePage).toList()));
    }

    /** The first day a news sitemap made now covers: yesterday on the site's clocks. */
    public LocalDate newsFrom() {
        return siteTime.date(Instant.now(clock)).minusDays(NEWS_DAYS - 1);
    }

    /** Articles dated from that day on, newest first. */
    public List<NewsVersion> recentNews(LocalDate from) {
        return content.findPublishedFrom(from);
    }

    private static PageVersion articlePage(PublishedVersion article) {
        return new PageVersion(
                article.articleId(),
                article.language(),
                Addresses.article(article.language(), article.slug()),
                article.lastModified());
    }

    /** Within one kind of page, those with the same content id are language versions of each other. */
    private static List<SitemapPage> withAlternates(List<PageVersion> versions) {
        var alternates = new HashMap<Long, Map<Language, String>>();
        versions.forEach(version -> alternates
                .computeIfAbsent(version.contentId(), id -> new EnumMap<>(Language.class))
                .put(version.language(), version.path()));
        return versions.stream()
                .map(version -> new SitemapPage(
                        version.path(),
                        version.lastModified(),
                        Collections.unmodifiableMap(alternates.get(version.contentId()))))
                .toList();
    }

    /**
     * One language version of a page: the article or theme id, or 0 for the news grids and for the themes indexes,
     * which are one page each.
     */
    private record PageVersion(
            long contentId,
            Language language,
            String path,
            @Nullable LocalDate lastModified) {}
}
