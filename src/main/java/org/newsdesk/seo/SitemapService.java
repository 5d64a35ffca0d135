package org.newsdesk.seo;

import static java.util.stream.Collectors.toMap;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.seo.PublishedContentRepository.PublishedVersion;
import org.newsdesk.seo.PublishedContentRepository.ThemeVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every public page with its language versions: the news grids, the theme pages and the published articles. */
@Service
@Transactional(readOnly = true)
public class SitemapService {

    private static final BinaryOperator<LocalDate> LATEST = BinaryOperator.maxBy(Comparator.naturalOrder());

    private final PublishedContentRepository content;

    SitemapService(PublishedContentRepository content) {
        this.content = content;
    }

    public List<SitemapPage> pages() {
        var articles = content.findAllPublishedVersions();
        return Stream.of(newsGrids(articles), themePages(content.findAllThemes(), articles), articlePages(articles))
                .flatMap(versions -> withAlternates(versions).stream())
                .toList();
    }

    private static List<PageVersion> newsGrids(List<PublishedVersion> articles) {
        var latestByLanguage =
                articles.stream().collect(toMap(PublishedVersion::language, PublishedVersion::lastModified, LATEST));
        return Arrays.stream(Language.values())
                .map(language -> new PageVersion(0, language, Addresses.news(language), latestByLanguage.get(language)))
                .toList();
    }

    private static List<PageVersion> themePages(List<ThemeVersion> themes, List<PublishedVersion> articles) {
        var latestByTheme = articles.stream()
                .filter(article -> article.themeId() != null)
                .collect(toMap(
                        article -> new ThemeInLanguage(article.themeId(), article.language()),
                        PublishedVersion::lastModified,
                        LATEST));
        return themes.stream()
                .map(theme -> new PageVersion(
                        theme.themeId(),
                        theme.language(),
                        Addresses.theme(theme.language(), theme.slug()),
                        latestByTheme.get(new ThemeInLanguage(theme.themeId(), theme.language()))))
                .toList();
    }

    private static List<PageVersion> articlePages(List<PublishedVersion> articles) {
        return articles.stream()
                .map(article -> new PageVersion(
                        article.articleId(),
                        article.language(),
                        Addresses.article(article.language(), article.slug()),
                        article.lastModified()))
                .toList();
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

    /** One language version of a page: the article or theme id, or 0 for the news grids, which are one page. */
    private record PageVersion(long contentId, Language language, String path, LocalDate lastModified) {}

    private record ThemeInLanguage(long themeId, Language language) {}
}
