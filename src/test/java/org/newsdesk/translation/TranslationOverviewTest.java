package org.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.article.VersionState;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Where every article stands in every language, against a real MariaDB; rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class TranslationOverviewTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    TranslationOverview overview;

    @Autowired
    ArticleService articles;

    @Autowired
    DSLContext dsl;

    @Test
    void eachLanguageShowsItsStateAndWhetherItFollowsItsSource() {
        var id = article(PublicationStatus.PUBLISHED, "Bruggen", "12 bruggen.", "Ponts", "12 ponts.");
        correctDutch(id, "14 bruggen.");

        var row = rowOf(id, new TranslationFilter(null, null));

        var nl = row.versions().get(Language.NL.ordinal());
        var fr = row.versions().get(Language.FR.ordinal());
        var de = row.versions().get(Language.DE.ordinal());
        assertThat(nl.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(nl.source()).isNull();
        assertThat(fr.source()).isEqualTo(Language.NL);
        assertThat(fr.isOutdated()).isTrue();
        assertThat(de.isMissing()).isTrue();
        assertThat(row.title()).isEqualTo("Bruggen");
    }

    @Test
    void filtersNarrowToALanguageInAState() {
        var outdated = article(PublicationStatus.PUBLISHED, "Wegen", "3 wegen.", "Routes", "3 routes.");
        correctDutch(outdated, "4 wegen.");
        var upToDate = article(PublicationStatus.DRAFT, "Dijken", "Tekst.", "Digues", "Texte.");
        var submitted = article(PublicationStatus.IN_REVIEW, "Kanalen", "Tekst.", "Canaux", "Texte.");

        assertThat(ids(new TranslationFilter(Language.FR, TranslationState.IN_REVIEW)))
                .as("a submitted translation is no draft")
                .contains(submitted)
                .doesNotContain(upToDate, outdated);
        assertThat(ids(new TranslationFilter(Language.FR, TranslationState.DRAFT)))
                .doesNotContain(submitted);
        assertThat(ids(new TranslationFilter(Language.FR, TranslationState.OUTDATED)))
                .contains(outdated)
                .doesNotContain(upToDate);
        assertThat(ids(new TranslationFilter(Language.FR, TranslationState.UP_TO_DATE)))
                .contains(upToDate)
                .doesNotContain(outdated);
        assertThat(ids(new TranslationFilter(Language.DE, TranslationState.MISSING)))
                .contains(outdated, upToDate);
        assertThat(ids(new TranslationFilter(Language.NL, TranslationState.DRAFT)))
                .contains(upToDate)
                .doesNotContain(outdated);
        assertThat(ids(new TranslationFilter(null, TranslationState.PUBLISHED))).contains(outdated);
        assertThat(overview.count(new TranslationFilter(Language.FR, TranslationState.OUTDATED)))
                .isEqualTo(ids(new TranslationFilter(Language.FR, TranslationState.OUTDATED))
                        .size());
    }

    @Test
    void theLongestOutdatedComeFirstAndArePublishedCountsPerLanguage() {
        var before = overview.outdatedOnTheSite().getOrDefault(Language.FR, 0);
        var older = article(PublicationStatus.PUBLISHED, "Oud", "1 brug.", "Vieux", "1 pont.");
        var newer = article(PublicationStatus.PUBLISHED, "Nieuw", "1 weg.", "Neuf", "1 route.");
        correctDutch(older, "2 bruggen.");
        correctDutch(newer, "2 wegen.");
        // The older one has waited a week: the overview must not depend on the order the rows were written in.
        dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.OUTDATED_SINCE, Instant.now().minus(Duration.ofDays(7)))
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(older))
                .execute();

        var outdatedFrench = ids(new TranslationFilter(Language.FR, TranslationState.OUTDATED));

        assertThat(outdatedFrench.indexOf(older)).isLessThan(outdatedFrench.indexOf(newer));
        assertThat(overview.outdatedOnTheSite()).containsEntry(Language.FR, before + 2);
    }

    @Test
    @WithAnonymousUser
    void visitorsCannotReadIt() {
        assertThatThrownBy(() -> overview.count(TranslationFilter.ALL))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void eachLanguageVersionShowsItsOwnViewsHereAndInTheArticleList() {
        var id = article(PublicationStatus.PUBLISHED, "Sluizen 42", "Sluizen.", "Écluses 42", "Écluses.");
        storeViews(id, Language.NL, 120);
        storeViews(id, Language.FR, 30);
        // The article's total also holds the views counted before languages were told apart.
        dsl.insertInto(ARTICLE_VIEW_COUNT, ARTICLE_VIEW_COUNT.ARTICLE_ID, ARTICLE_VIEW_COUNT.VIEWS)
                .values(id, 175L)
                .execute();

        var row = rowOf(id, new TranslationFilter(null, null));
        assertThat(row.versions())
                .extracting(VersionStanding::language, VersionStanding::views)
                .containsExactly(
                        tuple(Language.NL, 120L),
                        tuple(Language.FR, 30L),
                        tuple(Language.EN, 0L),
                        tuple(Language.DE, 0L));

        var listed = articles.overview(Language.EN, new OverviewFilter("Sluizen 42", null, null, null, false), 0, 10);
        assertThat(listed).singleElement().satisfies(article -> {
            assertThat(article.views()).isEqualTo(175);
            assertThat(article.versions())
                    .extracting(VersionState::language, VersionState::views)
                    .containsExactly(tuple(Language.NL, 120L), tuple(Language.FR, 30L));
        });
    }

    private void storeViews(long articleId, Language language, long views) {
        dsl.insertInto(
                        ARTICLE_LANGUAGE_VIEW_COUNT,
                        ARTICLE_LANGUAGE_VIEW_COUNT.ARTICLE_ID,
                        ARTICLE_LANGUAGE_VIEW_COUNT.LANG,
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)
                .values(articleId, language, views)
                .execute();
    }

    private long article(PublicationStatus status, String nlTitle, String nlBody, String frTitle, String frBody) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.put(Language.NL, new VersionDraft(nlTitle, "", "", nlBody, status, null));
        versions.put(Language.FR, new VersionDraft(frTitle, "", "", frBody, status, null));
        return editorial
                .save(new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null))
                .articleId();
    }

    private void correctDutch(long articleId, String body) {
        var article = editorial.load(articleId).orElseThrow();
        var versions = new EnumMap<>(article.versions());
        var nl = versions.get(Language.NL);
        versions.put(Language.NL, new VersionDraft(nl.title(), nl.slug(), nl.teaser(), body, nl.status(), null));
        editorial.save(
                new ArticleDraft(articleId, article.version(), null, article.publicationDate(), versions, null, null));
    }

    private TranslationRow rowOf(long articleId, TranslationFilter filter) {
        return overview.page(Language.EN, filter, 0, 10_000).stream()
                .filter(row -> row.articleId() == articleId)
                .findFirst()
                .orElseThrow();
    }

    private List<Long> ids(TranslationFilter filter) {
        return overview.page(Language.EN, filter, 0, 10_000).stream()
                .map(TranslationRow::articleId)
                .toList();
    }
}
