package org.newsdesk.article;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_CHANGE_NOTE;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_TAKEDOWN;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.IMAGE_ALT_TEXT;
import static org.newsdesk.jooq.Tables.IMAGE_VARIANT;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.search.NewsOrderConditions.ARTICLES_NEWEST_FIRST;
import static org.newsdesk.search.NewsOrderConditions.after;
import static org.newsdesk.search.NewsOrderConditions.inYear;
import static org.newsdesk.search.NewsOrderConditions.publishedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.jooq.tables.ArticleTranslation;
import org.newsdesk.jooq.tables.UserAccount;
import org.newsdesk.media.HeroImage;
import org.newsdesk.media.ImageFormat;
import org.newsdesk.media.Variant;
import org.springframework.stereotype.Repository;

/** Reads articles and their language versions. */
@Repository
class ArticleRepository {

    private static final Field<Long> VIEWS =
            coalesce(ARTICLE_VIEW_COUNT.VIEWS, inline(0L)).as("views");
    private static final Field<Long> VERSION_VIEWS =
            coalesce(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS, inline(0L)).as("version_views");
    private static final UserAccount AUTHOR = USER_ACCOUNT.as("author");
    private static final UserAccount LAST_EDITOR = USER_ACCOUNT.as("last_editor");
    private static final Field<String> LAST_EDITOR_NAME =
            coalesce(LAST_EDITOR.DISPLAY_NAME, ARTICLE.UPDATED_BY).as("last_editor_name");
    private static final List<SelectField<?>> HERO = List.of(
            IMAGE_VARIANT.IMAGE_ID,
            IMAGE_VARIANT.CONTENT_TYPE,
            IMAGE_VARIANT.WIDTH,
            IMAGE_VARIANT.HEIGHT,
            IMAGE_ALT_TEXT.ALT_TEXT);

    private final DSLContext dsl;

    ArticleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Published cards matching the query's theme and year, newest first, starting after the cursor; the search
     * text is search's ({@link org.newsdesk.search.NewsSearch}). Reads one card more than asked, so the caller knows whether another
     * page follows.
     */
    List<ArticleCard> findNews(Language language, NewsQuery query, @Nullable NewsCursor after, int limit) {
        return selectCards(
                language,
                ARTICLES_NEWEST_FIRST,
                publishedIn(language)
                        .and(query.theme().map(ARTICLE.THEME_ID::eq).orElse(noCondition()))
                        .and(inYear(ARTICLE.PUBLICATION_DATE, query.year()))
                        .and(query.leftOut().isEmpty() ? noCondition() : ARTICLE.ID.notIn(query.leftOut()))
                        .and(after(ARTICLE.PUBLICATION_DATE, ARTICLE.ID, after)),
                limit);
    }

    /** The published cards of these articles, newest first. */
    List<ArticleCard> findCards(Language language, List<NewsCursor> articles) {
        return findCardsOf(
                language, articles.stream().map(NewsCursor::articleId).toList());
    }

    /** The published cards of the articles with these ids, newest first. */
    List<ArticleCard> findCardsOf(Language language, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return selectCards(
                language,
                ARTICLE_TRANSLATION.join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID)),
                publishedIn(language).and(ARTICLE.ID.in(ids)),
                ids.size());
    }

    private List<ArticleCard> selectCards(
            Language language, Table<?> articlesWithTranslation, Condition condition, int limit) {
        // One probe of the change notes' index per card, only for the cards the page shows.
        var updated = field(select(max(ARTICLE_CHANGE_NOTE.NOTED_AT))
                        .from(ARTICLE_CHANGE_NOTE)
                        .where(ARTICLE_CHANGE_NOTE.ARTICLE_ID.eq(ARTICLE.ID))
                        .and(ARTICLE_CHANGE_NOTE.LANG.eq(language)))
                .as("updated_at");
        return dsl.select(
                        ARTICLE.ID,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE.PUBLICATION_DATE,
                        THEME_TRANSLATION.SLUG,
                        THEME_TRANSLATION.NAME,
                        VIEWS,
                        updated)
                .select(HERO)
                .from(withHeroImage(articlesWithTranslation, Variant.CARD, language))
                .leftJoin(THEME_TRANSLATION)
                .on(themeIn(language))
                .leftJoin(ARTICLE_VIEW_COUNT)
                .on(ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .where(condition)
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(row -> new ArticleCard(
                        row.get(ARTICLE.ID),
                        language,
                        row.get(ARTICLE_TRANSLATION.SLUG),
                        row.get(ARTICLE_TRANSLATION.TITLE),
                        row.get(ARTICLE_TRANSLATION.TEASER),
                        row.get(ARTICLE.PUBLICATION_DATE),
                        row.get(THEME_TRANSLATION.SLUG),
                        row.get(THEME_TRANSLATION.NAME),
                        row.get(VIEWS),
                        heroImageOf(row),
                        row.get(updated)));
    }

    /**
     * The years in which articles of this language were published, newest first. A DISTINCT over the years reads
     * every published version. This asks for the newest published article, then for the newest before the year
     * found, and so on: each query is a short walk down ix_article_publication_date (about one row when most
     * articles are published in the language), one per year. A single recursive query would save the round trips,
     * but MariaDB then scans the index from the top for every year instead of starting at the bound.
     */
    List<Integer> findPublicationYears(Language language) {
        var years = new ArrayList<Integer>();
        var newest = newestPublished(language, noCondition());
        while (newest.isPresent()) {
            var year = newest.get().getYear();
            years.add(year);
            newest = newestPublished(language, ARTICLE.PUBLICATION_DATE.lt(LocalDate.of(year, 1, 1)));
        }
        return years;
    }

    private Optional<LocalDate> newestPublished(Language language, Condition condition) {
        return dsl.select(ARTICLE.PUBLICATION_DATE)
                .from(ARTICLES_NEWEST_FIRST)
                .where(publishedIn(language).and(condition))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc())
                .limit(1)
                .fetchOptional(ARTICLE.PUBLICATION_DATE);
    }

    /** A version visitors read at its address: published, or withdrawn under its banner. */
    Optional<StoredVersion> findReadable(Language language, String slug) {
        return findVersion(
                        language,
                        ARTICLE_TRANSLATION
                                .LANG
                                .eq(language)
                                .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.readable()))
                                .and(ARTICLE_TRANSLATION.SLUG.eq(slug)))
                // The column's collation ignores case and accents, but a page has one exact address.
                .filter(version -> version.slug().equals(slug));
    }

    /** A language version in whatever state it is, as staff preview it. */
    Optional<StoredVersion> findAnyVersion(long articleId, Language language) {
        return findVersion(
                language, ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)));
    }

    private Optional<StoredVersion> findVersion(Language language, Condition condition) {
        return dsl.select(
                        ARTICLE.ID,
                        ARTICLE.THEME_ID,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE.PUBLICATION_DATE,
                        THEME_TRANSLATION.SLUG,
                        THEME_TRANSLATION.NAME,
                        VIEWS,
                        ARTICLE_TAKEDOWN.TAKEN_DOWN_AT,
                        ARTICLE_TAKEDOWN.REASON)
                .select(HERO)
                .from(withHeroImage(
                        ARTICLE_TRANSLATION.join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID)),
                        Variant.ARTICLE,
                        language))
                .leftJoin(THEME_TRANSLATION)
                .on(themeIn(language))
                .leftJoin(ARTICLE_VIEW_COUNT)
                .on(ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .leftJoin(ARTICLE_TAKEDOWN)
                .on(ARTICLE_TAKEDOWN
                        .ARTICLE_ID
                        .eq(ARTICLE_TRANSLATION.ARTICLE_ID)
                        .and(ARTICLE_TAKEDOWN.LANG.eq(ARTICLE_TRANSLATION.LANG))
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.WITHDRAWN)))
                .where(condition)
                .fetchOptional(row -> new StoredVersion(
                        row.get(ARTICLE.ID),
                        language,
                        row.get(ARTICLE_TRANSLATION.SLUG),
                        row.get(ARTICLE_TRANSLATION.TITLE),
                        row.get(ARTICLE_TRANSLATION.TEASER),
                        row.get(ARTICLE_TRANSLATION.BODY),
                        row.get(ARTICLE.PUBLICATION_DATE),
                        row.get(ARTICLE.THEME_ID),
                        row.get(THEME_TRANSLATION.SLUG),
                        row.get(THEME_TRANSLATION.NAME),
                        row.get(VIEWS),
                        heroImageOf(row),
                        row.get(ARTICLE_TAKEDOWN.TAKEN_DOWN_AT),
                        row.get(ARTICLE_TAKEDOWN.REASON)));
    }

    /** Adds the article's hero image in one variant and its alt text in one language, where it has them. */
    private static Table<?> withHeroImage(Table<?> articles, Variant variant, Language language) {
        return articles.leftJoin(IMAGE_VARIANT)
                .on(IMAGE_VARIANT.IMAGE_ID.eq(ARTICLE.HERO_IMAGE_ID).and(IMAGE_VARIANT.VARIANT.eq(variant.fileName())))
                .leftJoin(IMAGE_ALT_TEXT)
                .on(IMAGE_ALT_TEXT.IMAGE_ID.eq(ARTICLE.HERO_IMAGE_ID).and(IMAGE_ALT_TEXT.LANG.eq(language)));
    }

    /** Without an alt text the image is left out: publishing requires one, so this is only a safeguard. */
    private static @Nullable HeroImage heroImageOf(Record row) {

        var imageId = row.get(IMAGE_VARIANT.IMAGE_ID);
        var altText = row.get(IMAGE_ALT_TEXT.ALT_TEXT);
        if (imageId == null || altText == null) {
            return null;
        }
        return new HeroImage(
                imageId,
                ImageFormat.ofContentType(row.get(IMAGE_VARIANT.CONTENT_TYPE)).orElseThrow(),
                row.get(IMAGE_VARIANT.WIDTH),
                row.get(IMAGE_VARIANT.HEIGHT),
                altText);
    }

    /** The slugs of every language version of an article that visitors read at its address, in language order. */
    Map<Language, String> findReadableSlugs(long articleId) {
        var slugs = new EnumMap<Language, String>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.SLUG)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.readable())))
                .forEach(row -> slugs.put(row.value1(), row.value2()));
        return slugs;
    }

    /** One page of the articles that match, with all their versions; titles in the preferred language. */
    List<ArticleOverview> findOverview(Language preferred, Instant now, OverviewFilter filter, int offset, int limit) {
        var order = filter.oldestFirst()
                ? List.of(ARTICLE.PUBLICATION_DATE.asc(), ARTICLE.ID.asc())
                : List.of(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc());
        var ids = dsl.select(ARTICLE.ID)
                .from(ARTICLE)
                .where(matching(filter))
                .orderBy(order)
                .limit(limit)
                .offset(offset)
                .fetch(ARTICLE.ID);
        var rows = dsl.select(
                        ARTICLE.ID,
                        ARTICLE.PUBLICATION_DATE,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.STATUS,
                        ARTICLE_TRANSLATION.PUBLISH_AT,
                        ARTICLE_TRANSLATION.OUTDATED_SINCE,
                        ARTICLE_TRANSLATION.UNREVIEWED_BY,
                        THEME_TRANSLATION.NAME,
                        VIEWS,
                        VERSION_VIEWS,
                        AUTHOR.DISPLAY_NAME,
                        ARTICLE.UPDATED_AT,
                        LAST_EDITOR_NAME)
                .from(ARTICLE)
                .join(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION.ARTICLE_ID.eq(ARTICLE.ID))
                .leftJoin(AUTHOR)
                .on(AUTHOR.ID.eq(ARTICLE.CREATED_BY))
                .leftJoin(LAST_EDITOR)
                .on(LAST_EDITOR.USERNAME.eq(ARTICLE.UPDATED_BY))
                .leftJoin(THEME_TRANSLATION)
                .on(themeIn(preferred))
                .leftJoin(ARTICLE_VIEW_COUNT)
                .on(ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .leftJoin(ARTICLE_LANGUAGE_VIEW_COUNT)
                .on(ARTICLE_LANGUAGE_VIEW_COUNT
                        .ARTICLE_ID
                        .eq(ARTICLE_TRANSLATION.ARTICLE_ID)
                        .and(ARTICLE_LANGUAGE_VIEW_COUNT.LANG.eq(ARTICLE_TRANSLATION.LANG)))
                .where(ARTICLE.ID.in(ids))
                .orderBy(order)
                .fetch();
        var byArticle = new LinkedHashMap<Long, List<Record>>();
        rows.forEach(row -> byArticle
                .computeIfAbsent(row.get(ARTICLE.ID), id -> new ArrayList<>())
                .add(row));
        return byArticle.values().stream()
                .map(versions -> overviewOf(versions, preferred, now))
                .toList();
    }

    int countOverview(OverviewFilter filter) {
        return dsl.fetchCount(ARTICLE, matching(filter));
    }

    /** Articles with a version whose time to go live has passed while it is still scheduled, along the schedule index. */
    int countOverdue(Instant now) {
        return dsl.fetchCount(dsl.selectDistinct(ARTICLE_TRANSLATION.ARTICLE_ID)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION
                        .STATUS
                        .eq(PublicationStatus.SCHEDULED)
                        .and(ARTICLE_TRANSLATION.PUBLISH_AT.le(now))));
    }

    /** Per state, how many articles have a version in it that matches the filter's language and text. */
    Map<PublicationStatus, Integer> countOverviewByStatus(OverviewFilter filter) {
        var version = ARTICLE_TRANSLATION.as("counted_version");
        var counts = new EnumMap<PublicationStatus, Integer>(PublicationStatus.class);
        dsl.select(version.STATUS, countDistinct(version.ARTICLE_ID))
                .from(version)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(version.ARTICLE_ID))
                .where(filter.language() == null ? noCondition() : version.LANG.eq(filter.language()))
                .and(
                        filter.titleText().isEmpty()
                                ? noCondition()
                                : version.TITLE.containsIgnoreCase(filter.titleText()))
                .and(filter.themeId() == null ? noCondition() : ARTICLE.THEME_ID.eq(filter.themeId()))
                .groupBy(version.STATUS)
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    private static Condition matching(OverviewFilter filter) {
        var version = ARTICLE_TRANSLATION.as("matching_version");
        var versionMatches = version.ARTICLE_ID
                .eq(ARTICLE.ID)
                .and(filter.language() == null ? noCondition() : version.LANG.eq(filter.language()))
                .and(filter.status() == null ? noCondition() : version.STATUS.eq(filter.status()))
                .and(filter.reviewer() == null ? noCondition() : waitingForReviewOf(version, filter.reviewer()))
                .and(filter.author() == null ? noCondition() : draftsOf(version, filter.author()))
                .and(
                        filter.titleText().isEmpty()
                                ? noCondition()
                                : version.TITLE.containsIgnoreCase(filter.titleText()));
        return exists(selectOne().from(version).where(versionMatches))
                .and(filter.themeId() == null ? noCondition() : ARTICLE.THEME_ID.eq(filter.themeId()));
    }

    /** In review, and written last by someone else (or by nobody known): nobody reviews their own text. */
    private static Condition waitingForReviewOf(ArticleTranslation version, String reviewer) {
        return version.STATUS.eq(PublicationStatus.IN_REVIEW).and(version.LAST_AUTHOR.isDistinctFrom(reviewer));
    }

    private static Condition draftsOf(ArticleTranslation version, String author) {
        return version.STATUS.eq(PublicationStatus.DRAFT).and(version.LAST_AUTHOR.eq(author));
    }

    private static ArticleOverview overviewOf(List<Record> versions, Language preferred, Instant now) {
        var first = versions.getFirst();
        var states = new ArrayList<VersionState>();
        var titled = Language.preferredOrFirst(versions, version -> version.get(ARTICLE_TRANSLATION.LANG), preferred);
        for (var version : versions) {
            var status = version.get(ARTICLE_TRANSLATION.STATUS);
            var publishAt = status == PublicationStatus.SCHEDULED ? version.get(ARTICLE_TRANSLATION.PUBLISH_AT) : null;
            states.add(new VersionState(
                    version.get(ARTICLE_TRANSLATION.LANG),
                    status,
                    publishAt,
                    publishAt != null && publishAt.isBefore(now),
                    version.get(ARTICLE_TRANSLATION.OUTDATED_SINCE) != null,
                    version.get(VERSION_VIEWS),
                    version.get(ARTICLE_TRANSLATION.UNREVIEWED_BY) != null));
        }
        states.sort(Comparator.comparing(VersionState::language));
        return new ArticleOverview(
                first.get(ARTICLE.ID),
                titled.get(ARTICLE_TRANSLATION.TITLE),
                titled.get(ARTICLE_TRANSLATION.LANG),
                first.get(ARTICLE.PUBLICATION_DATE),
                first.get(THEME_TRANSLATION.NAME),
                states,
                first.get(AUTHOR.DISPLAY_NAME),
                first.get(ARTICLE.UPDATED_AT),
                first.get(LAST_EDITOR_NAME),
                first.get(VIEWS));
    }

    private static Condition themeIn(Language language) {
        return THEME_TRANSLATION.THEME_ID.eq(ARTICLE.THEME_ID).and(THEME_TRANSLATION.LANG.eq(language));
    }

    /** A language version as stored: the body is still Markdown. */
    record StoredVersion(
            long articleId,
            Language language,
            String slug,
            String title,
            String teaser,
            String bodyMarkdown,
            LocalDate publicationDate,
            @Nullable Long themeId,
            @Nullable String themeSlug,
            @Nullable String themeName,
            long views,
            @Nullable HeroImage heroImage,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawalReason) {}
}
