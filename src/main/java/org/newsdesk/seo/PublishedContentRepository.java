package org.newsdesk.seo;

import static org.jooq.impl.DSL.noCondition;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.newsdesk.article.PublicationStatus;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Reads what visitors may see, in the shapes feeds and the sitemap need. */
@Repository
class PublishedContentRepository {

    private final DSLContext dsl;

    PublishedContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FeedItem> findNewest(Language language, int limit) {
        return findNewest(language, noCondition(), limit);
    }

    List<FeedItem> findNewestInTheme(Language language, long themeId, int limit) {
        return findNewest(language, ARTICLE.THEME_ID.eq(themeId), limit);
    }

    private List<FeedItem> findNewest(Language language, Condition scope, int limit) {
        return dsl.select(ARTICLE_TRANSLATION.SLUG, ARTICLE_TRANSLATION.TITLE, ARTICLE_TRANSLATION.TEASER,
                        ARTICLE.PUBLICATION_DATE, THEME_TRANSLATION.NAME)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .leftJoin(THEME_TRANSLATION).on(THEME_TRANSLATION.THEME_ID.eq(ARTICLE.THEME_ID)
                        .and(THEME_TRANSLATION.LANG.eq(language.code())))
                .where(isPublished().and(ARTICLE_TRANSLATION.LANG.eq(language.code())).and(scope))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(FeedItem::new));
    }

    Optional<ThemeVersion> findTheme(Language language, String slug) {
        return dsl.select(THEME_TRANSLATION.THEME_ID, THEME_TRANSLATION.LANG, THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .from(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.LANG.eq(language.code()).and(THEME_TRANSLATION.SLUG.eq(slug)))
                .fetchOptional(Records.mapping(ThemeVersion::of))
                // The column's collation ignores case and accents, but a page has one exact address.
                .filter(theme -> theme.slug().equals(slug));
    }

    /** Every theme in every language it has a name in. */
    List<ThemeVersion> findAllThemes() {
        return dsl.select(THEME_TRANSLATION.THEME_ID, THEME_TRANSLATION.LANG, THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .from(THEME_TRANSLATION)
                .orderBy(THEME_TRANSLATION.THEME_ID)
                .fetch(Records.mapping(ThemeVersion::of));
    }

    /** Every published language version of every article, newest article first. */
    List<PublishedVersion> findAllPublishedVersions() {
        return dsl.select(ARTICLE.ID, ARTICLE.THEME_ID, ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.UPDATED_AT)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(isPublished())
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .fetch(row -> new PublishedVersion(row.value1(), row.value2(), languageOf(row.value3()),
                        row.value4(), row.value5().toLocalDate()));
    }

    private static Condition isPublished() {
        return ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED.name());
    }

    /** The schema only admits the codes of {@link Language}. */
    private static Language languageOf(String code) {
        return Language.fromCode(code).orElseThrow();
    }

    /** A theme's name and slug in one language. */
    record ThemeVersion(long themeId, Language language, String name, String slug) {

        private static ThemeVersion of(long themeId, String languageCode, String name, String slug) {
            return new ThemeVersion(themeId, languageOf(languageCode), name, slug);
        }
    }

    /** @param themeId null for an article without a theme */
    record PublishedVersion(long articleId, Long themeId, Language language, String slug, LocalDate lastModified) {
    }
}
