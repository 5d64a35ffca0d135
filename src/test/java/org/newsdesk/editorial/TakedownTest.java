package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.redirect.ArticleAddress;
import org.newsdesk.redirect.ArticleAddresses;
import org.newsdesk.seo.FeedService;
import org.newsdesk.seo.SitemapService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawing, unpublishing and putting back, against the real schema: what the address answers after each, what
 * every list shows, and what is refused without changing anything. Every test's rows are rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "wim-takedown-test", roles = "EDITOR")
class TakedownTest {

    private static final String NL_SLUG = "sluis-gesloten-takedown";
    private static final String FR_SLUG = "ecluse-fermee-takedown";
    /** A word only this article has, to find it with the search. */
    private static final String WORD = "zwaluwstaartsluis";

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleAddresses addresses;

    @Autowired
    FeedService feeds;

    @Autowired
    SitemapService sitemap;

    @Autowired
    DSLContext dsl;

    ArticleDraft article;

    @BeforeEach
    void publishInDutchAndFrench() {
        article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 3, 2),
                Map.of(
                        Language.NL,
                        new VersionDraft(
                                "Sluis gesloten",
                                NL_SLUG,
                                "De sluis gaat dicht.",
                                "De " + WORD + " gaat een maand dicht.",
                                PublicationStatus.PUBLISHED,
                                null),
                        Language.FR,
                        new VersionDraft(
                                "Écluse fermée",
                                FR_SLUG,
                                "L'écluse ferme.",
                                "L'écluse ferme un mois.",
                                PublicationStatus.PUBLISHED,
                                null)),
                null,
                null));
    }

    @Test
    void aWithdrawnVersionKeepsItsAddressUnderItsBannerAndLeavesEveryList() {
        assertThat(listed()).as("before: in every list").isTrue();

        var withdrawn = editorial.withdraw(
                id(), Map.of(Language.NL, "  De sluis bleek toch open te blijven.  "), article.version());

        assertThat(withdrawn.versions().get(Language.NL).status()).isEqualTo(PublicationStatus.WITHDRAWN);
        var page = articles.readable(Language.NL, NL_SLUG).orElseThrow();
        assertThat(page.withdrawal()).isNotNull();
        assertThat(page.withdrawal().reason()).isEqualTo("De sluis bleek toch open te blijven.");
        assertThat(page.bodyHtml()).as("the text stays for the record").contains(WORD);
        assertThat(addresses.resolve(Language.NL, NL_SLUG)).isInstanceOf(ArticleAddress.Live.class);
        assertThat(listed())
                .as("gone from the grid, the search, the feed and the sitemap")
                .isFalse();
        assertThat(articles.readable(Language.FR, FR_SLUG).orElseThrow().withdrawal())
                .as("the French version stays published")
                .isNull();
        assertThat(page.translations()).containsKeys(Language.NL, Language.FR);
        assertThat(audited("ARTICLE_WITHDRAWN")).containsExactly("De sluis bleek toch open te blijven.");
    }

    @Test
    void withdrawingNeedsAReasonOfEveryVersionAndChangesNothingWithoutOne() {
        var reasons = new EnumMap<Language, String>(Language.class);
        reasons.put(Language.NL, "Verouderd.");
        reasons.put(Language.FR, " ");
        assertRejected(() -> editorial.withdraw(id(), reasons, article.version()), "fr.reason");
        assertRejected(
                () -> editorial.withdraw(id(), Map.of(Language.NL, "x".repeat(301)), article.version()), "nl.reason");
        assertRejected(() -> editorial.withdraw(id(), Map.of(), article.version()), "languages");
        assertRejected(
                () -> editorial.withdraw(id(), Map.of(Language.EN, "No English version."), article.version()),
                "status");

        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(statusOf(Language.FR)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(editorial.takedowns(id())).isEmpty();
        assertThat(audited("ARTICLE_WITHDRAWN")).isEmpty();
    }

    @Test
    void anUnpublishedVersionIsGoneWithA410UnlessItLeadsToAPageOfTheSite() {
        editorial.unpublish(id(), Set.of(Language.NL), null, article.version());

        assertThat(articles.readable(Language.NL, NL_SLUG)).isEmpty();
        assertThat(addresses.resolve(Language.NL, NL_SLUG)).isEqualTo(new ArticleAddress.Gone(null));
        assertThat(audited("ARTICLE_UNPUBLISHED")).containsExactly("410 Gone");

        var current = editorial.load(id()).orElseThrow();
        editorial.unpublish(id(), Set.of(Language.FR), " /fr/themes ", current.version());
        assertThat(addresses.resolve(Language.FR, FR_SLUG)).isEqualTo(new ArticleAddress.Gone("/fr/themes"));
        assertThat(editorial.takedowns(id()).get(Language.FR).redirectTo()).isEqualTo("/fr/themes");
        assertThat(listed()).isFalse();
    }

    @Test
    void aWithdrawnVersionCanBeUnpublishedAfterwards() {
        var withdrawn = editorial.withdraw(id(), Map.of(Language.NL, "Achterhaald."), article.version());

        editorial.unpublish(id(), Set.of(Language.NL), "/nl/news", withdrawn.version());

        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(addresses.resolve(Language.NL, NL_SLUG)).isEqualTo(new ArticleAddress.Gone("/nl/news"));
        var takedown = editorial.takedowns(id()).get(Language.NL);
        assertThat(takedown.reason()).as("no banner any more").isNull();
        assertThat(takedown.takenDownBy()).isEqualTo("wim-takedown-test");
    }

    @Test
    void unpublishingRefusesAnotherSitesAddressAndTheVersionsOwnAndChangesNothing() {
        for (var target :
                new String[] {"https://elsewhere.example/news", "//elsewhere.example", "javascript:alert(1)"}) {
            assertRejected(
                    () -> editorial.unpublish(id(), Set.of(Language.NL), target, article.version()), "redirectTo");
        }
        assertRejected(
                () -> editorial.unpublish(id(), Set.of(Language.NL), "/nl/news/" + NL_SLUG, article.version()),
                "redirectTo");
        assertRejected(() -> editorial.unpublish(id(), Set.of(), null, article.version()), "languages");

        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(addresses.resolve(Language.NL, NL_SLUG)).isInstanceOf(ArticleAddress.Live.class);
    }

    @Test
    void puttingBackUndoesWithdrawingAndUnpublishing() {
        var withdrawn = editorial.withdraw(id(), Map.of(Language.NL, "Per vergissing."), article.version());
        var unpublished = editorial.unpublish(id(), Set.of(Language.FR), null, withdrawn.version());

        var back = editorial.putBack(id(), Language.NL, unpublished.version());
        editorial.putBack(id(), Language.FR, back.version());

        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(statusOf(Language.FR)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(articles.readable(Language.NL, NL_SLUG).orElseThrow().withdrawal())
                .isNull();
        assertThat(editorial.takedowns(id())).isEmpty();
        assertThat(listed()).isTrue();
        assertThat(audited("ARTICLE_PUT_BACK")).hasSize(2);
        assertThat(editorial.revisions(id(), Language.NL).getFirst().kind()).isEqualTo(RevisionKind.TAKEN_DOWN);
        assertRejected(() -> editorial.putBack(id(), Language.NL, article.version()), "status");
    }

    @Test
    void noOrdinarySaveTakesAVersionDown() {
        for (var state : new PublicationStatus[] {PublicationStatus.WITHDRAWN, PublicationStatus.UNPUBLISHED}) {
            var versions = new EnumMap<>(article.versions());
            versions.put(Language.NL, versions.get(Language.NL).withState(state, null));
            assertRejected(() -> editorial.save(article.withVersions(versions)), "status");
        }
        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void aTakedownOvertakenBySomeoneElsesSaveIsRefused() {
        var versions = new EnumMap<>(article.versions());
        versions.put(Language.NL, versions.get(Language.NL).withState(PublicationStatus.PUBLISHED, null));
        var text = new VersionDraft(
                "Sluis gesloten tot mei",
                NL_SLUG,
                "De sluis gaat dicht.",
                "Tot mei.",
                PublicationStatus.PUBLISHED,
                null);
        versions.put(Language.NL, text);
        editorial.save(article.withVersions(versions));

        assertThatThrownBy(() -> editorial.withdraw(id(), Map.of(Language.NL, "Verouderd."), article.version()))
                .isInstanceOf(EditConflictException.class);
        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(editorial.takedowns(id())).isEmpty();
    }

    @Test
    void translatorsTakeNothingDown() {
        var translator = List.of("ROLE_TRANSLATOR", "LANGUAGE_nl");
        assertThatThrownBy(() -> SignedInEditor.as(
                        "tom-takedown-test",
                        translator,
                        () -> editorial.withdraw(id(), Map.of(Language.NL, "Nee."), article.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedInEditor.as(
                        "tom-takedown-test",
                        translator,
                        () -> editorial.unpublish(id(), Set.of(Language.NL), null, article.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedInEditor.as(
                        "tom-takedown-test", translator, () -> editorial.putBack(id(), Language.NL, article.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(Language.NL)).isEqualTo(PublicationStatus.PUBLISHED);
    }

    /** Whether the Dutch version is in the grid, the search, the feed and the sitemap. */
    private boolean listed() {
        var inGrid = articles.latest(Language.NL, ArticleService.MAX_PAGE_SIZE).stream()
                .map(ArticleCard::articleId)
                .anyMatch(each -> each == id());
        var found = articles.news(Language.NL, new NewsQuery(WORD, null, null), null, 10).cards().stream()
                .anyMatch(card -> card.articleId() == id());
        var inFeed = feeds.newest(Language.NL).stream().anyMatch(card -> card.articleId() == id());
        var inSitemap = sitemap.articles(1).orElseThrow().stream()
                .anyMatch(page -> page.path().endsWith("/" + NL_SLUG));
        assertThat(List.of(found, inFeed, inSitemap))
                .as("every list agrees with the grid")
                .containsOnly(inGrid);
        return inGrid;
    }

    private long id() {
        return article.savedArticleId();
    }

    private PublicationStatus statusOf(Language language) {
        return editorial.load(id()).orElseThrow().versions().get(language).status();
    }

    private List<String> audited(String action) {
        return dsl.select(AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.TARGET.startsWith("article " + id() + " ")))
                .fetch(AUDIT_EVENT.DETAILS);
    }

    private static void assertRejected(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems()).containsKey(field));
    }
}
