package org.newsdesk.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Old slugs and other languages' slugs lead to an article's current address, saved as editors save; rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class ArticleAddressesTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleAddresses addresses;

    private final String test = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRenamedPublishedSlugLeadsToTheNewOne() {
        var article = publish(Map.of(Language.NL, published("oud-" + test)));

        rename(article, Language.NL, "nieuw-" + test);

        assertThat(addresses.resolve(Language.NL, "oud-" + test))
                .isEqualTo(new ArticleAddress.Moved("nl/news/nieuw-" + test));
        assertThat(addresses.resolve(Language.NL, "nieuw-" + test)).isEqualTo(new ArticleAddress.Live());
    }

    @Test
    void aChainOfRenamesIsOneHopToTheCurrentSlug() {
        var article = publish(Map.of(Language.NL, published("a-" + test)));
        article = rename(article, Language.NL, "b-" + test);

        rename(article, Language.NL, "c-" + test);

        assertThat(addresses.resolve(Language.NL, "a-" + test))
                .isEqualTo(new ArticleAddress.Moved("nl/news/c-" + test));
        assertThat(addresses.resolve(Language.NL, "b-" + test))
                .isEqualTo(new ArticleAddress.Moved("nl/news/c-" + test));
    }

    @Test
    void renamingBackToAnOldSlugMakesItLiveAgainWithoutALoop() {
        var article = publish(Map.of(Language.NL, published("heen-" + test)));
        article = rename(article, Language.NL, "terug-" + test);

        rename(article, Language.NL, "heen-" + test);

        assertThat(addresses.resolve(Language.NL, "heen-" + test)).isEqualTo(new ArticleAddress.Live());
        assertThat(addresses.resolve(Language.NL, "terug-" + test))
                .isEqualTo(new ArticleAddress.Moved("nl/news/heen-" + test));
    }

    @Test
    void aDraftsSlugChangeLeavesNoOldAddress() {
        var article = editorial.save(draft(null, 0, Map.of(Language.NL, draftVersion("concept-" + test))));

        rename(article, Language.NL, "ander-concept-" + test);

        assertThat(addresses.resolve(Language.NL, "concept-" + test)).isEqualTo(new ArticleAddress.Unknown());
    }

    @Test
    void aSlugTakenByANewArticleWinsOnceItIsPublished() {
        var first = publish(Map.of(Language.NL, published("gedeeld-" + test)));
        rename(first, Language.NL, "eerste-" + test);
        var second = editorial.save(draft(null, 0, Map.of(Language.NL, draftVersion("gedeeld-" + test))));

        // While the new article is a draft, the old address still leads to the first one.
        assertThat(addresses.resolve(Language.NL, "gedeeld-" + test))
                .isEqualTo(new ArticleAddress.Moved("nl/news/eerste-" + test));

        editorial.save(withVersion(second, Language.NL, published("gedeeld-" + test)));

        assertThat(addresses.resolve(Language.NL, "gedeeld-" + test)).isEqualTo(new ArticleAddress.Live());
        assertThat(addresses.resolve(Language.NL, "eerste-" + test)).isEqualTo(new ArticleAddress.Live());
    }

    @Test
    void anotherLanguagesSlugLeadsToThisLanguagesVersion() {
        publish(Map.of(Language.NL, published("brug-" + test), Language.FR, published("pont-" + test)));

        assertThat(addresses.resolve(Language.FR, "brug-" + test))
                .isEqualTo(new ArticleAddress.Moved("fr/news/pont-" + test));
    }

    @Test
    void anArticleMissingInALanguageNamesTheLanguagesItHas() {
        publish(Map.of(
                Language.NL, published("alleen-" + test),
                Language.EN, published("only-" + test),
                Language.DE, draftVersion("nur-" + test)));

        assertThat(addresses.resolve(Language.FR, "alleen-" + test))
                .isEqualTo(new ArticleAddress.ElsewhereOnly(
                        Map.of(Language.NL, "nl/news/alleen-" + test, Language.EN, "en/news/only-" + test)));
        // An unpublished version's own slug leads to the published ones as well.
        assertThat(addresses.resolve(Language.DE, "nur-" + test)).isInstanceOf(ArticleAddress.ElsewhereOnly.class);
    }

    @Test
    void anArchivedVersionsOldSlugLeadsToTheLanguagesLeft() {
        var article = publish(Map.of(Language.NL, published("weg-" + test), Language.FR, published("parti-" + test)));

        editorial.save(withVersion(
                article, Language.NL, article.versions().get(Language.NL).withState(PublicationStatus.ARCHIVED, null)));

        assertThat(addresses.resolve(Language.NL, "weg-" + test))
                .isEqualTo(new ArticleAddress.ElsewhereOnly(Map.of(Language.FR, "fr/news/parti-" + test)));
    }

    @Test
    void anUnknownOrNeverPublishedSlugIsUnknown() {
        editorial.save(draft(null, 0, Map.of(Language.NL, draftVersion("nooit-" + test))));

        assertThat(addresses.resolve(Language.NL, "bestaat-niet-" + test)).isEqualTo(new ArticleAddress.Unknown());
        assertThat(addresses.resolve(Language.FR, "nooit-" + test)).isEqualTo(new ArticleAddress.Unknown());
    }

    private ArticleDraft publish(Map<Language, VersionDraft> versions) {
        return editorial.save(draft(null, 0, versions));
    }

    private ArticleDraft rename(ArticleDraft article, Language language, String slug) {
        var version = article.versions().get(language);
        return editorial.save(withVersion(
                article,
                language,
                new VersionDraft(
                        version.title(),
                        slug,
                        version.teaser(),
                        version.body(),
                        version.status(),
                        version.publishAt())));
    }

    private static ArticleDraft withVersion(ArticleDraft article, Language language, VersionDraft version) {
        var versions = new EnumMap<>(article.versions());
        versions.put(language, version);
        return draft(article.articleId(), article.version(), versions);
    }

    private static ArticleDraft draft(Long articleId, int version, Map<Language, VersionDraft> versions) {
        return new ArticleDraft(articleId, version, null, LocalDate.of(2026, 11, 2), versions, null, null);
    }

    private static VersionDraft published(String slug) {
        return new VersionDraft("Title " + slug, slug, "Teaser", "Body", PublicationStatus.PUBLISHED, null);
    }

    private static VersionDraft draftVersion(String slug) {
        return new VersionDraft("Title " + slug, slug, "Teaser", "Body", PublicationStatus.DRAFT, null);
    }
}
