package org.newsdesk.seo;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
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

    /** Every published language version of every article, newest article first. */
    List<PublishedVersion> findAllPublishedVersions() {
        return dsl.select(
                        ARTICLE.ID,
                        ARTICLE.THEME_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.UPDATED_AT)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(isPublished())
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .fetch(row -> new PublishedVersion(
                        row.value1(), row.value2(), row.value3(), row.value4(), siteTime.date(row.value5())));
    }

    private static Condition isPublished() {
        return ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED);
    }

    /** A theme's name and slug in one language. */
    record ThemeVersion(long themeId, Language language, String name, String slug) {}

    /** @param themeId null for an article without a theme */
    record PublishedVersion(long articleId, Long themeId, Language language, String slug, LocalDate lastModified) {}
}
