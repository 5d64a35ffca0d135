package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.SEARCH_TERM;
import static org.newsdesk.jooq.Tables.THEME;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.ScheduledPublisher;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search index follows every write that changes what is published, in the same transaction. Against a real
 * MariaDB; every test's rows are rolled back.
 */
@SpringBootTest(properties = "newsdesk.publishing.check-interval=1h")
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class SearchIndexTest {

    private static final LocalDate DATE = LocalDate.of(2991, 3, 1);

    @Autowired
    EditorialService editorial;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ArticleService publicArticles;

    @Autowired
    DSLContext dsl;

    @Test
    void aPublishedVersionIsFoundByTheWordsOfItsTitleTeaserAndBody() {
        var saved = save(new ArticleDraft(
                null,
                0,
                null,
                DATE,
                Map.of(
                        Language.NL,
                                version(
                                        "Kwartelkoning gespot",
                                        "Vogeltellers **jubelen**",
                                        PublicationStatus.PUBLISHED),
                        Language.FR, version("Râle des genêts", "Les ornithologues", PublicationStatus.DRAFT)),
                null,
                null));

        assertThat(found(Language.NL, "kwartelkoning")).containsExactly(saved.articleId());
        assertThat(found(Language.NL, "jubelen teaserwoord")).containsExactly(saved.articleId());
        assertThat(found(Language.FR, "genets")).isEmpty();
    }

    @Test
    void editingAPublishedTextReplacesItsWords() {
        var saved = save(
                draftIn(Language.NL, version("Kwartelkoning gespot", "Eerste tekst", PublicationStatus.PUBLISHED)));

        var edited = save(withVersion(
                saved, Language.NL, version("Roerdomp gespot", "Tweede tekst", PublicationStatus.PUBLISHED)));

        assertThat(found(Language.NL, "roerdomp tweede")).containsExactly(edited.articleId());
        assertThat(found(Language.NL, "kwartelkoning")).isEmpty();
        assertThat(found(Language.NL, "eerste gespot")).isEmpty();
    }

    @Test
    void archivingOrReturningToDraftTakesAVersionOutOfSearch() {
        var saved = save(draftIn(Language.NL, version("Kwartelkoning gespot", "Tekst", PublicationStatus.PUBLISHED)));

        var archived = save(
                withVersion(saved, Language.NL, version("Kwartelkoning gespot", "Tekst", PublicationStatus.ARCHIVED)));
        assertThat(found(Language.NL, "kwartelkoning")).isEmpty();
        assertThat(termsOf(saved.articleId())).isZero();

        save(withVersion(archived, Language.NL, version("Kwartelkoning gespot", "Tekst", PublicationStatus.PUBLISHED)));
        assertThat(found(Language.NL, "kwartelkoning")).containsExactly(saved.articleId());
    }

    @Test
    void aScheduledVersionBecomesSearchableWhenItIsPublishedAutomatically() {
        var scheduled = new VersionDraft(
                "Kwartelkoning gespot",
                "kwartelkoning-index-test",
                "Inleiding",
                "Tekst",
                PublicationStatus.SCHEDULED,
                Instant.now().plus(Duration.ofMinutes(5)));
        var saved = save(draftIn(Language.NL, scheduled));
        assertThat(found(Language.NL, "kwartelkoning")).isEmpty();

        dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.PUBLISH_AT, Instant.now().minus(Duration.ofMinutes(1)))
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(saved.articleId()))
                .execute();
        assertThat(publisher.publishDue()).isEqualTo(1);

        assertThat(found(Language.NL, "kwartelkoning")).containsExactly(saved.articleId());
    }

    @Test
    void changingTheDateOrThemeMovesTheArticleInSearchResults() {
        var themeId = dsl.insertInto(THEME)
                .defaultValues()
                .returning(THEME.ID)
                .fetchSingle()
                .getId();
        var older =
                save(draftIn(Language.NL, version("Kwartelkoning in de wei", "Tekst", PublicationStatus.PUBLISHED)));
        var newer = save(new ArticleDraft(
                null,
                0,
                null,
                DATE.plusDays(1),
                Map.of(Language.NL, version("Kwartelkoning in het veld", "Tekst", PublicationStatus.PUBLISHED)),
                null,
                null));
        assertThat(found(Language.NL, "kwartelkoning")).containsExactly(newer.articleId(), older.articleId());

        save(new ArticleDraft(
                older.articleId(), older.version(), themeId, DATE.plusYears(1), older.versions(), null, null));

        assertThat(found(Language.NL, "kwartelkoning")).containsExactly(older.articleId(), newer.articleId());
        assertThat(publicArticles
                        .news(Language.NL, new NewsQuery("kwartelkoning", themeId, DATE.getYear() + 1), null, 10)
                        .cards())
                .extracting(ArticleCard::articleId)
                .containsExactly(older.articleId());
    }

    @Test
    void deletingAnArticleRemovesItsWords() {
        var saved = save(draftIn(Language.NL, version("Kwartelkoning gespot", "Tekst", PublicationStatus.PUBLISHED)));
        assertThat(termsOf(saved.articleId())).isPositive();

        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(saved.articleId())).execute();

        assertThat(termsOf(saved.articleId())).isZero();
    }

    @Test
    void catchingUpIndexesVersionsWrittenWithSqlAndOnlyThose() {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(DATE)
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(
                        id,
                        Language.NL,
                        "Kwartelkoning geladen",
                        "kwartelkoning-geladen-test",
                        "Tekst",
                        PublicationStatus.PUBLISHED)
                .values(
                        id,
                        Language.DE,
                        "Wachtelkönig Entwurf",
                        "wachtelkoenig-entwurf-test",
                        "Text",
                        PublicationStatus.DRAFT)
                .execute();
        assertThat(found(Language.NL, "kwartelkoning")).isEmpty();

        assertThat(indexer.catchUp()).isEqualTo(2);

        assertThat(found(Language.NL, "kwartelkoning geladen")).containsExactly(id);
        assertThat(found(Language.DE, "wachtelkonig")).isEmpty();
        assertThat(indexer.catchUp()).isZero();
    }

    private List<Long> found(Language language, String text) {
        return publicArticles.news(language, new NewsQuery(text, null, null), null, 50).cards().stream()
                .map(ArticleCard::articleId)
                .toList();
    }

    private int termsOf(long articleId) {
        return dsl.fetchCount(SEARCH_TERM, SEARCH_TERM.ARTICLE_ID.eq(articleId));
    }

    private ArticleDraft save(ArticleDraft draft) {
        return editorial.save(draft);
    }

    private static ArticleDraft draftIn(Language language, VersionDraft version) {
        return new ArticleDraft(null, 0, null, DATE, Map.of(language, version), null, null);
    }

    private static ArticleDraft withVersion(ArticleDraft saved, Language language, VersionDraft version) {
        return new ArticleDraft(
                saved.articleId(),
                saved.version(),
                saved.themeId(),
                saved.publicationDate(),
                Map.of(language, version),
                null,
                null);
    }

    private static VersionDraft version(String title, String body, PublicationStatus status) {
        return new VersionDraft(title, Slugs.fromTitle(title) + "-index-test", "Een teaserwoord.", body, status, null);
    }
}
