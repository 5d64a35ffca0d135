package org.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.MovableClock;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article queries against a real, migrated MariaDB, on articles of the test's own: one in a theme, with views,
 * in the year 2999, and older Dutch news in the years before. Each test's rows are rolled back.
 */
@SpringBootTest
@Transactional
class ArticleRepositoryTest {

    private static final LocalDate FAR_FUTURE = LocalDate.of(2999, 1, 1);
    /** Published in Dutch without a theme, one a year before {@link #FAR_FUTURE}. */
    private static final int OLDER_DUTCH_NEWS = 4;

    @Autowired
    ArticleRepository repository;

    @Autowired
    DSLContext dsl;

    long articleId;

    @BeforeEach
    void storeAnArticleInTwoLanguagesWithAnUnpublishedThird() {
        var themeId = dsl.insertInto(THEME).defaultValues().returning(THEME.ID).fetchOne(THEME.ID);
        dsl.insertInto(
                        THEME_TRANSLATION,
                        THEME_TRANSLATION.THEME_ID,
                        THEME_TRANSLATION.LANG,
                        THEME_TRANSLATION.NAME,
                        THEME_TRANSLATION.SLUG)
                .values(themeId, Language.NL, "Testthema", "test-thema-repo")
                .values(themeId, Language.FR, "Thème de test", "theme-de-test-repo")
                .execute();
        articleId = dsl.insertInto(ARTICLE, ARTICLE.THEME_ID, ARTICLE.PUBLICATION_DATE)
                .values(themeId, FAR_FUTURE)
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(
                        articleId,
                        Language.NL,
                        "Proefbericht",
                        "proefbericht-repo",
                        "Kort",
                        "Tekst **vet**",
                        PublicationStatus.PUBLISHED)
                .values(
                        articleId,
                        Language.FR,
                        "Article d'essai",
                        "article-essai-repo",
                        "Bref",
                        "Texte",
                        PublicationStatus.PUBLISHED)
                .values(
                        articleId,
                        Language.EN,
                        "Test draft",
                        "test-draft-repo",
                        "Short",
                        "Text",
                        PublicationStatus.DRAFT)
                .execute();
        dsl.insertInto(ARTICLE_VIEW_COUNT, ARTICLE_VIEW_COUNT.ARTICLE_ID, ARTICLE_VIEW_COUNT.VIEWS)
                .values(articleId, 42L)
                .execute();
        for (var yearsBefore = 1; yearsBefore <= OLDER_DUTCH_NEWS; yearsBefore++) {
            storeOlderDutchNews(FAR_FUTURE.minusYears(yearsBefore));
        }
    }

    private void storeOlderDutchNews(LocalDate publicationDate) {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(publicationDate)
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        var slug = "older-news-repo-" + publicationDate.getYear();
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(id, Language.NL, "Ouder nieuws " + slug, slug, "Kort", "Tekst", PublicationStatus.PUBLISHED)
                .execute();
    }

    @Test
    void newestPublishedCardComesFirstWithThemeAndViews() {
        var cards = repository.findNews(Language.NL, NewsQuery.EVERYTHING, null, 5);

        assertThat(cards)
                .first()
                .isEqualTo(new ArticleCard(
                        articleId,
                        Language.NL,
                        "proefbericht-repo",
                        "Proefbericht",
                        "Kort",
                        FAR_FUTURE,
                        "test-thema-repo",
                        "Testthema",
                        42,
                        null,
                        null));
        assertThat(cards).extracting(ArticleCard::publicationDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void draftVersionsAreNeitherListedNorFound() {
        assertThat(repository.findNews(Language.EN, NewsQuery.EVERYTHING, null, 1000))
                .extracting(ArticleCard::articleId)
                .doesNotContain(articleId);
        assertThat(repository.findReadable(Language.EN, "test-draft-repo")).isEmpty();
    }

    @Test
    void publishedVersionIsFoundBySlugInItsOwnLanguageOnly() {
        var version = repository.findReadable(Language.FR, "article-essai-repo").orElseThrow();

        assertThat(version.title()).isEqualTo("Article d'essai");
        assertThat(version.themeName()).isEqualTo("Thème de test");
        assertThat(repository.findReadable(Language.NL, "article-essai-repo")).isEmpty();
    }

    @Test
    void themeAndYearFiltersKeepOnlyMatchingArticles() {
        var themeId = repository
                .findReadable(Language.NL, "proefbericht-repo")
                .orElseThrow()
                .themeId();

        assertThat(repository.findNews(Language.NL, new NewsQuery("", themeId, null), null, 100))
                .extracting(ArticleCard::articleId)
                .containsExactly(articleId);
        assertThat(repository.findNews(Language.NL, new NewsQuery("", null, 2999), null, 100))
                .extracting(ArticleCard::articleId)
                .containsExactly(articleId);
        assertThat(repository.findNews(Language.NL, new NewsQuery("", themeId, 2998), null, 100))
                .isEmpty();
    }

    @Test
    void publicationYearsAreTheDistinctYearsOfThePublishedVersionsNewestFirst() {
        for (var language : Language.values()) {
            var expected = repository.findNews(language, NewsQuery.EVERYTHING, null, 100_000).stream()
                    .map(card -> card.publicationDate().getYear())
                    .distinct()
                    .toList();

            assertThat(repository.findPublicationYears(language))
                    .as(language.code())
                    .containsExactlyElementsOf(expected)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(repository.findPublicationYears(Language.NL))
                .startsWith(FAR_FUTURE.getYear())
                .hasSizeGreaterThan(2);
        assertThat(repository.findPublicationYears(Language.EN)).doesNotContain(FAR_FUTURE.getYear());
    }

    @Test
    void theYearsAreRememberedForAMinuteThenAskedAgain() {
        var clock = new MovableClock();
        var years = new PublicationYears(repository, clock);
        assertThat(years.of(Language.NL)).startsWith(FAR_FUTURE.getYear());

        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(articleId)).execute();
        clock.advance(PublicationYears.KEPT);
        assertThat(years.of(Language.NL)).as("within the minute").startsWith(FAR_FUTURE.getYear());
        clock.advance(Duration.ofSeconds(1));
        assertThat(years.of(Language.NL)).as("after it").doesNotContain(FAR_FUTURE.getYear());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var everything = repository.findNews(Language.NL, NewsQuery.EVERYTHING, null, 1000);
        var paged = new ArrayList<ArticleCard>();
        NewsCursor cursor = null;
        do {
            var page = repository.findNews(Language.NL, NewsQuery.EVERYTHING, cursor, 4);
            paged.addAll(page);
            cursor = page.isEmpty() ? null : page.getLast().position();
        } while (cursor != null);

        assertThat(everything).hasSizeGreaterThan(4);
        assertThat(paged).containsExactlyElementsOf(everything);
    }

    @Test
    void publishedSlugsListEveryPublishedLanguageInSwitchOrder() {
        assertThat(repository.findReadableSlugs(articleId))
                .containsExactly(entry(Language.NL, "proefbericht-repo"), entry(Language.FR, "article-essai-repo"));
    }

    @Test
    void overviewFiltersApplyToOneAndTheSameLanguageVersion() {
        var englishDraft = new OverviewFilter("draft", null, Language.EN, PublicationStatus.DRAFT, false);
        var frenchDraft = new OverviewFilter("", null, Language.FR, PublicationStatus.DRAFT, false);

        assertThat(repository.findOverview(Language.EN, Instant.now(), englishDraft, 0, 100))
                .extracting(ArticleOverview::articleId)
                .contains(articleId);
        assertThat(repository.findOverview(Language.EN, Instant.now(), frenchDraft, 0, 100))
                .extracting(ArticleOverview::articleId)
                .doesNotContain(articleId);
        assertThat(repository.countOverview(englishDraft)).isPositive();
    }

    @Test
    void overviewShowsEveryVersionWithItsStatus() {
        var overview = repository.findOverview(Language.FR, Instant.now(), OverviewFilter.ALL, 0, 1000).stream()
                .filter(article -> article.articleId() == articleId)
                .findFirst()
                .orElseThrow();

        assertThat(overview.title()).isEqualTo("Article d'essai");
        assertThat(overview.titleLanguage()).isEqualTo(Language.FR);
        assertThat(overview.versions())
                .extracting(VersionState::language, VersionState::status)
                .containsExactly(
                        tuple(Language.NL, PublicationStatus.PUBLISHED),
                        tuple(Language.FR, PublicationStatus.PUBLISHED),
                        tuple(Language.EN, PublicationStatus.DRAFT));
        assertThat(overview.views()).isEqualTo(42);
    }
}
