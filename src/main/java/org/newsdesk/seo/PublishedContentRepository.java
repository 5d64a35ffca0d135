package org.newsdesk.seo;

import static org.jooq.impl.DSL.max;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.springframework.stereotype.Repository;

/** Reads what visitors may see, in the shapes feeds and the sitemap need. */
@Repository
class PublishedContentRepository {

    private final DSLContext dsl;
    private final SiteTime siteTime;

    PublishedContentRepository(DSLContext dsl, SiteTime siteTime) {
        this.dsl = dsl;
        this.siteTime = siteTime;
    }

    /** Every theme in every language it has a name in. */
    List<ThemeVersion> findAllThemes() {
        return dsl.select(
                        THEME_TRANSLATION.THEME_ID,
                        THEME_TRANSLATION.LANG,
                        THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .from(THEME_TRANSLATION)
                .orderBy(THEME_TRANSLATION.THEME_ID)
                .fetch(Records.mapping(ThemeVersion::new));
    }

    /** How many articles have at least one published version. */
    int countPublishedArticles() {
        return dsl.fetchCount(dsl.selectDistinct(ARTICLE_TRANSLATION.ARTICLE_ID)
                .from(ARTICLE_TRANSLATION)
                .where(isPublished()));
    }

    /**
     * Every published version of one block of articles, in article order: a block holds all languages of its
     * articles, so each page's alternates are complete within its file.
     */
    List<PublishedVersion> findPublishedVersionsOfArticles(int offset, int limit) {
        var block = dsl.selectDistinct(ARTICLE_TRANSLATION.ARTICLE_ID)
                .from(ARTICLE_TRANSLATION)
                .where(isPublished())
                .orderBy(ARTICLE_TRANSLATION.ARTICLE_ID)
                .limit(limit)
                .offset(offset)
                .fetch(ARTICLE_TRANSLATION.ARTICLE_ID);
        return dsl.select(
                        ARTICLE.ID,
                        ARTICLE.THEME_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.UPDATED_AT)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(isPublished().and(ARTICLE.ID.in(block)))
                .orderBy(ARTICLE.ID)
                .fetch(row -> new PublishedVersion(
                        row.value1(), row.value2(), row.value3(), row.value4(), siteTime.date(row.value5())));
    }

    /** When something published last changed, per language: the news grids' last modification. */
    Map<Language, LocalDate> findLatestChangePerLanguage() {
        var latest = new EnumMap<Language, LocalDate>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, max(ARTICLE_TRANSLATION.UPDATED_AT))
                .from(ARTICLE_TRANSLATION)
                .where(isPublished())
                .groupBy(ARTICLE_TRANSLATION.LANG)
                .forEach(row -> latest.put(row.value1(), siteTime.date(row.value2())));
        return latest;
    }

    /** When something published in a theme last changed, per theme and language. */
    Map<ThemeInLanguage, LocalDate> findLatestChangePerTheme() {
        var latest = new HashMap<ThemeInLanguage, LocalDate>();
        dsl.select(ARTICLE.THEME_ID, ARTICLE_TRANSLATION.LANG, max(ARTICLE_TRANSLATION.UPDATED_AT))
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(isPublished().and(ARTICLE.THEME_ID.isNotNull()))
                .groupBy(ARTICLE.THEME_ID, ARTICLE_TRANSLATION.LANG)
                .forEach(row ->
                        latest.put(new ThemeInLanguage(row.value1(), row.value2()), siteTime.date(row.value3())));
        return latest;
    }

    /** Published versions of articles dated from this day on, newest first: what a news sitemap lists. */
    List<NewsVersion> findPublishedFrom(LocalDate firstDay) {
        return dsl.select(
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE.PUBLICATION_DATE)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(isPublished().and(ARTICLE.PUBLICATION_DATE.ge(firstDay)))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .fetch(Records.mapping(NewsVersion::new));
    }

    private static Condition isPublished() {
        return ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED);
    }

    /** A theme's name and slug in one language. */
    record ThemeVersion(long themeId, Language language, String name, String slug) {}

    record ThemeInLanguage(long themeId, Language language) {}

    /** @param themeId null for an article without a theme */
    record PublishedVersion(
            long articleId, @Nullable Long themeId, Language language, String slug, LocalDate lastModified) {}
}
