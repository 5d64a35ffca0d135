package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.IMAGE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.TestAccounts;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.TestImages;
import org.newsdesk.media.Variant;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Writing articles against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class EditorialServiceTest {

    /** An account the test makes, so that the list can show its display name. */
    private static final String AUTHOR = "eva-author";

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService publicArticles;

    @Autowired
    DSLContext dsl;

    @Autowired
    MediaService media;

    @Test
    void anArticleWrittenInTwoLanguagesAndPublishedIsOnThePublicSite() {
        var saved = editorial.save(draft(Map.of(
                Language.NL, published("Nieuwe grensbrug geopend", "nieuwe-grensbrug-geopend-test"),
                Language.FR, published("Nouveau pont frontalier ouvert", "nouveau-pont-frontalier-test"))));

        assertThat(saved.articleId()).isNotNull();
        assertThat(saved.updatedBy()).isEqualTo("eva");
        var page = publicArticles
                .readable(Language.FR, "nouveau-pont-frontalier-test")
                .orElseThrow();
        assertThat(page.title()).isEqualTo("Nouveau pont frontalier ouvert");
        assertThat(page.translations()).containsOnlyKeys(Language.NL, Language.FR);
        assertThat(editorial.revisions(saved.articleId(), Language.NL)).hasSize(1);
        assertThat(dsl.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .ACTION
                                .eq("ARTICLE_PUBLISHED")
                                .and(AUDIT_EVENT.TARGET.eq("article " + saved.articleId() + " fr"))
                                .and(AUDIT_EVENT.ACTOR.eq("eva"))))
                .isEqualTo(1);
    }

    @Test
    void aDraftStaysOffThePublicSite() {
        editorial.save(draft(
                Map.of(Language.NL, version("Nog niet klaar", "nog-niet-klaar-test", PublicationStatus.DRAFT, null))));

        assertThat(publicArticles.readable(Language.NL, "nog-niet-klaar-test")).isEmpty();
    }

    @Test
    void everyProblemIsReportedPerFieldAndNothingIsStored() {
        var taken = editorial
                .save(draft(Map.of(Language.FR, published("Déjà là", "deja-la-test"))))
                .versions()
                .get(Language.FR)
                .slug();
        var articles = dsl.fetchCount(ARTICLE);

        assertThatThrownBy(() -> editorial.save(draft(Map.of(
                        Language.NL, version("", "", PublicationStatus.DRAFT, null),
                        Language.FR, version("Titre", taken, PublicationStatus.DRAFT, null),
                        Language.DE,
                                version(
                                        "Titel",
                                        "geplant-test",
                                        PublicationStatus.SCHEDULED,
                                        Instant.now().minus(Duration.ofHours(1)))))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsEntry("nl.title", "validation.required")
                                .doesNotContainKey("nl.slug")
                                .containsEntry("fr.slug", "validation.slugTaken")
                                .containsEntry("de.publishAt", "validation.publishAtFuture"));
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
    }

    @Test
    void aTitleOverTheLimitIsRefusedWithTheLimitRatherThanCut() {
        var title = "Grens".repeat(100);

        assertThatThrownBy(() -> editorial.save(
                        draft(Map.of(Language.NL, version(title, "lange-titel-test", PublicationStatus.DRAFT, null)))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems().get("nl.title"))
                                .isEqualTo(Problem.of("validation.tooLong", 300, 500)));
    }

    @Test
    void aSlugWithCapitalsOrSpacesIsCleanedUpAndAnEmptyOneFollowsTheTitle() {
        var saved = editorial.save(draft(Map.of(
                Language.NL, version("Nieuwe brug", "Mijn Eigen Adres Test", PublicationStatus.DRAFT, null),
                Language.FR, version("Nouveau pont d'essai", "", PublicationStatus.DRAFT, null))));

        assertThat(saved.versions().get(Language.NL).slug()).isEqualTo("mijn-eigen-adres-test");
        assertThat(saved.versions().get(Language.FR).slug()).isEqualTo("nouveau-pont-d-essai");
    }

    @Test
    void aStaleSaveIsAConflictAndKeepsTheOtherEditorsWork() {
        var loaded = editorial.save(draft(Map.of(Language.NL, published("Eerste versie", "conflict-test"))));
        var first = withTitle(loaded, "Tweede versie van Eva");
        editorial.save(first);

        assertThatThrownBy(() -> editorial.save(withTitle(loaded, "Verouderde wijziging")))
                .isInstanceOfSatisfying(
                        EditConflictException.class,
                        conflict -> assertThat(conflict.otherEditor()).isEqualTo("eva"));
        assertThat(editorial
                        .load(loaded.articleId())
                        .orElseThrow()
                        .versions()
                        .get(Language.NL)
                        .title())
                .isEqualTo("Tweede versie van Eva");
    }

    @Test
    void savingWithoutChangesAddsNoRevision() {
        var saved = editorial.save(draft(Map.of(Language.NL, published("Ongewijzigd", "ongewijzigd-test"))));

        var again = editorial.save(saved);

        assertThat(editorial.revisions(again.articleId(), Language.NL)).hasSize(1);
        assertThat(again.version()).isEqualTo(saved.version() + 1);
    }

    @Test
    void dangerousHtmlInTheBodyIsRemovedOnSave() {
        var body = "Tekst\n\n<img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\nMeer tekst";
        var saved = editorial.save(draft(Map.of(
                Language.NL, new VersionDraft("Veilig", "veilig-test", "", body, PublicationStatus.PUBLISHED, null))));

        assertThat(saved.versions().get(Language.NL).body())
                .doesNotContain("onerror", "<script")
                .contains("Tekst", "Meer tekst");
    }

    @Test
    @WithMockUser(username = AUTHOR, roles = "EDITOR")
    void theListShowsWhoWroteTheArticleAndWhoChangedItLast() {
        TestAccounts.create(dsl, AUTHOR, "Eva Editor", TestAccounts.NO_PASSWORD, Role.EDITOR);
        var saved = editorial.save(draft(Map.of(Language.NL, published("Met auteur", "met-auteur-test"))));

        var listed =
                publicArticles.overview(Language.NL, new OverviewFilter("Met auteur", null, null, null, false), 0, 10);

        assertThat(listed).singleElement().satisfies(article -> {
            assertThat(article.articleId()).isEqualTo(saved.articleId());
            assertThat(article.author()).isEqualTo("Eva Editor");
            assertThat(article.updatedBy()).isEqualTo("Eva Editor");
            assertThat(article.updatedAt()).isNotNull();
        });
    }

    @Test
    @WithMockUser(username = AUTHOR, roles = "EDITOR")
    void eachLanguageVersionTellsWhoSavedItLastAndWhen() {
        TestAccounts.create(dsl, AUTHOR, "Eva Editor", TestAccounts.NO_PASSWORD, Role.EDITOR);
        var saved = editorial.save(draft(Map.of(
                Language.NL,
                published("Wie het laatst", "wie-het-laatst-test"),
                Language.FR,
                published("Qui en dernier", "qui-en-dernier-test"))));
        var editor = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "nobody-with-an-account", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            var dutch = saved.versions().get(Language.NL);
            editorial.save(new ArticleDraft(
                    saved.articleId(),
                    saved.version(),
                    null,
                    saved.publicationDate(),
                    Map.of(
                            Language.NL,
                            new VersionDraft(
                                    dutch.title(), dutch.slug(), dutch.teaser(), "Nieuwe tekst.", dutch.status(), null),
                            Language.FR,
                            saved.versions().get(Language.FR)),
                    null,
                    null));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(editor);
        }

        var lastSaves = editorial.lastSaves(saved.articleId());

        assertThat(lastSaves).containsOnlyKeys(Language.NL, Language.FR);
        assertThat(lastSaves.get(Language.NL).savedBy())
                .as("no account: the username")
                .isEqualTo("nobody-with-an-account");
        assertThat(lastSaves.get(Language.FR).savedBy())
                .as("unchanged since the first save")
                .isEqualTo("Eva Editor");
        assertThat(editorial.revisions(saved.articleId(), Language.NL))
                .extracting(Revision::savedBy)
                .as("revisions name their authors as the list does")
                .containsExactly("nobody-with-an-account", "Eva Editor");
        assertThat(lastSaves.get(Language.NL).savedAt())
                .isEqualTo(editorial
                        .revisions(saved.articleId(), Language.NL)
                        .getFirst()
                        .savedAt());
    }

    @Test
    void deletingRemovesEveryVersionRevisionAndCountAndIsAudited() {
        var saved = editorial.save(draft(Map.of(
                Language.NL,
                published("Weg ermee", "weg-ermee-test"),
                Language.FR,
                published("À supprimer", "a-supprimer-test"))));
        dsl.insertInto(ARTICLE_VIEW_COUNT)
                .set(ARTICLE_VIEW_COUNT.ARTICLE_ID, saved.articleId())
                .set(ARTICLE_VIEW_COUNT.VIEWS, 12L)
                .execute();

        editorial.delete(saved.articleId(), saved.version());

        assertThat(editorial.load(saved.articleId())).isEmpty();
        assertThat(publicArticles.readable(Language.NL, "weg-ermee-test")).isEmpty();
        assertThat(editorial.revisions(saved.articleId(), Language.NL)).isEmpty();
        assertThat(dsl.fetchCount(ARTICLE_VIEW_COUNT, ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(saved.articleId())))
                .isZero();
        assertThat(dsl.select(AUDIT_EVENT.DETAILS)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT
                                .ACTION
                                .eq("ARTICLE_DELETED")
                                .and(AUDIT_EVENT.TARGET.eq("article " + saved.articleId()))
                                .and(AUDIT_EVENT.ACTOR.eq("eva")))
                        .fetchOne(AUDIT_EVENT.DETAILS))
                .isEqualTo("nl: Weg ermee | fr: À supprimer");
    }

    @Test
    void deletingWhatSomeoneSavedMeanwhileIsAConflictAndKeepsIt() {
        var loaded = editorial.save(draft(Map.of(Language.NL, published("Blijft staan", "blijft-staan-test"))));
        editorial.save(withTitle(loaded, "Blijft echt staan"));

        assertThatThrownBy(() -> editorial.delete(loaded.articleId(), loaded.version()))
                .isInstanceOf(EditConflictException.class);
        assertThat(publicArticles.readable(Language.NL, "blijft-staan-test")).isPresent();
        assertThat(dsl.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .ACTION
                                .eq("ARTICLE_DELETED")
                                .and(AUDIT_EVENT.TARGET.eq("article " + loaded.articleId()))))
                .isZero();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersCanNeitherReadNorWrite() {
        var existing = SignedInEditor.during(
                        () -> editorial.save(draft(Map.of(Language.NL, published("Bestaat", "bestaat-test")))))
                .savedArticleId();

        assertThatThrownBy(() -> editorial.save(draft(Map.of(Language.NL, published("X", "x-test")))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editorial.load(existing)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editorial.delete(existing, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(existing))).isTrue();
    }

    @Test
    void aLanguageIsNeitherPublishedNorScheduledWhileTheHeroImageLacksItsAltText() {
        var image = media.upload(TestImages.png(800, 450), "bridge.png").imageId();
        var articles = dsl.fetchCount(ARTICLE);

        assertThatThrownBy(() -> editorial.save(withHero(
                        draft(Map.of(
                                Language.NL, published("Brug zonder alt", "brug-zonder-alt-test"),
                                Language.DE,
                                        version(
                                                "Brücke geplant",
                                                "bruecke-geplant-test",
                                                PublicationStatus.SCHEDULED,
                                                Instant.now().plus(Duration.ofDays(1))),
                                Language.FR, published("Pont décrit", "pont-decrit-test"),
                                Language.EN,
                                        version("Bridge draft", "bridge-draft-test", PublicationStatus.DRAFT, null))),
                        image,
                        Map.of(Language.FR, "Un pont au coucher du soleil"))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsOnly(
                                        Map.entry("heroAlt.nl", "validation.altTextRequired"),
                                        Map.entry("heroAlt.de", "validation.altTextRequired")));
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
    }

    @Test
    void aDraftKeepsItsHeroImageWithoutAltText() {
        var image = media.upload(TestImages.jpeg(640, 360), "draft.jpg").imageId();

        var saved = editorial.save(withHero(
                draft(Map.of(
                        Language.NL,
                        version("Concept met beeld", "concept-met-beeld-test", PublicationStatus.DRAFT, null))),
                image,
                Map.of()));

        assertThat(editorial.load(saved.articleId()).orElseThrow().heroImage())
                .isEqualTo(new HeroImageDraft(image, Map.of()));
    }

    @Test
    void withItsAltTextThePublishedPageAndCardShowTheImage() {
        var image = media.upload(TestImages.png(800, 450), "bridge.png").imageId();

        var saved = editorial.save(withHero(
                draft(Map.of(Language.NL, published("Brug met beeld", "brug-met-beeld-test"))),
                image,
                Map.of(Language.NL, "  Een stalen brug over de Maas ")));

        var hero = publicArticles
                .readable(Language.NL, "brug-met-beeld-test")
                .orElseThrow()
                .heroImage();
        assertThat(hero.altText()).isEqualTo("Een stalen brug over de Maas");
        assertThat(hero.path(Variant.ARTICLE)).isEqualTo("media/" + image + "/article.jpg");
        assertThat(hero.width()).isEqualTo(800);
        var card = publicArticles.latest(Language.NL, 50).stream()
                .filter(each -> each.articleId() == saved.articleId())
                .findFirst()
                .orElseThrow();
        assertThat(card.heroImage().width()).isEqualTo(480);
        assertThat(card.heroImage().height()).isEqualTo(270);
    }

    @Test
    void replacingTheHeroImageDeletesTheOneNoArticleUsesAnyMore() {
        var first = media.upload(TestImages.png(400, 300), "first.png").imageId();
        var second = media.upload(TestImages.png(400, 300), "second.png").imageId();
        var saved = editorial.save(withHero(
                draft(Map.of(
                        Language.NL,
                        version("Wissel van beeld", "wissel-van-beeld-test", PublicationStatus.DRAFT, null))),
                first,
                Map.of()));

        editorial.save(withHero(saved, second, Map.of(Language.NL, "Tweede beeld")));

        assertThat(dsl.fetchExists(IMAGE, IMAGE.ID.eq(first))).isFalse();
        assertThat(editorial.load(saved.articleId()).orElseThrow().heroImage().altText(Language.NL))
                .isEqualTo("Tweede beeld");
    }

    private static ArticleDraft withHero(ArticleDraft draft, long imageId, Map<Language, String> altTexts) {
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                draft.themeId(),
                draft.publicationDate(),
                draft.versions(),
                draft.updatedBy(),
                new HeroImageDraft(imageId, altTexts));
    }

    private static ArticleDraft withTitle(ArticleDraft draft, String title) {
        var nl = draft.versions().get(Language.NL);
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                draft.themeId(),
                draft.publicationDate(),
                Map.of(
                        Language.NL,
                        new VersionDraft(title, nl.slug(), nl.teaser(), nl.body(), nl.status(), nl.publishAt())),
                draft.updatedBy(),
                draft.heroImage());
    }

    private static ArticleDraft draft(Map<Language, VersionDraft> versions) {
        return new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 29), versions, null, null);
    }

    private static VersionDraft published(String title, String slug) {
        return version(title, slug, PublicationStatus.PUBLISHED, null);
    }

    private static VersionDraft version(String title, String slug, PublicationStatus status, Instant at) {
        return new VersionDraft(title, slug, "Een korte inleiding.", "De tekst van het bericht.", status, at);
    }
}
