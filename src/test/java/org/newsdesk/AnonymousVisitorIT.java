package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.attachment.Attachment;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.attachment.TestDocuments;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.HeroImageDraft;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.StoredImage;
import org.newsdesk.media.TestImages;
import org.newsdesk.media.Variant;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.seo.SitemapService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an anonymous visitor gets over real HTTP of articles that are not public: a version in every state but
 * published, each with a hero image and a document, under a theme of the test's own, next to a published one
 * that shows the checks are not empty. Every Spring MVC address of the application has a line in {@link #MAPPINGS};
 * Vaadin routes are {@code RouteAccessTest}'s. Everything the test made is deleted afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymousVisitorIT {

    /** The states of a version that visitors must not see. */
    enum Hidden {
        DRAFT,
        IN_REVIEW,
        SCHEDULED,
        /** Its address answers 410 Gone rather than 404: search engines drop it at once. */
        UNPUBLISHED,
        ARCHIVED
    }

    /**
     * One line per Spring MVC mapping: who may, and what anonymous visitors get. All of them are public; each
     * lists or serves published content only, which the tests below check for the ones that could leak.
     */
    private static final Map<String, String> MAPPINGS = Map.of(
            Addresses.LANGUAGE_FEED_MAPPING, "everyone: published versions only",
            Addresses.THEME_FEED_MAPPING, "everyone: published versions only",
            Addresses.SITEMAP_MAPPING, "everyone: index of the files below",
            Addresses.SITEMAP_PAGES_MAPPING, "everyone: public pages, themes",
            Addresses.SITEMAP_ARTICLES_MAPPING, "everyone: published versions only",
            Addresses.SITEMAP_NEWS_MAPPING, "everyone: published versions only",
            Addresses.ROBOTS_MAPPING, "everyone",
            Addresses.MEDIA_MAPPING,
                    "staff: every image; others: images on a readable page or a preview link's, else 404",
            Addresses.DOCUMENT_MAPPING,
                    "staff: every document; others: documents of a readable version or a preview link's, else 404");

    private static final Language NL = Language.NL;

    @LocalServerPort
    int port;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    MediaService media;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SitemapService sitemaps;

    @Autowired
    PreviewLinks previewLinks;

    @Autowired
    List<RequestMappingHandlerMapping> mvc;

    SiteClient site;
    String batch;
    long themeId;
    Article published;
    Article withdrawn;
    final Map<Hidden, Article> hidden = new EnumMap<>(Hidden.class);

    record Article(ArticleDraft draft, String slug, String title, StoredImage image, Attachment document) {}

    @BeforeAll
    void writeArticlesInEveryState() {
        site = new SiteClient(port);
        batch = Long.toString(System.nanoTime(), 36);
        SignedInEditor.during(() -> {
            themeId = themes.save(new ThemeDraft(
                            null, Map.of(NL, new ThemeNames("Zichtbaarheid " + batch, "zichtbaar-" + batch, ""))))
                    .themeId();
            published = article(PublicationStatus.PUBLISHED, null, 300);
            hidden.put(Hidden.DRAFT, article(PublicationStatus.DRAFT, null, 310));
            hidden.put(Hidden.IN_REVIEW, article(PublicationStatus.IN_REVIEW, null, 340));
            hidden.put(
                    Hidden.SCHEDULED,
                    article(PublicationStatus.SCHEDULED, Instant.now().plus(30, ChronoUnit.DAYS), 320));
            var archived = article(PublicationStatus.PUBLISHED, null, 330);
            hidden.put(Hidden.ARCHIVED, archive(archived));
            var unpublished = article(PublicationStatus.PUBLISHED, null, 350);
            editorial.unpublish(unpublished.draft().savedArticleId(), Set.of(NL), null, version(unpublished));
            hidden.put(Hidden.UNPUBLISHED, unpublished);
            withdrawn = article(PublicationStatus.PUBLISHED, null, 360);
            editorial.withdraw(
                    withdrawn.draft().savedArticleId(), Map.of(NL, "Ingetrokken " + batch + "."), version(withdrawn));
            return null;
        });
    }

    @AfterAll
    void deleteThem() {
        SignedInEditor.during(() -> {
            var all = new ArrayList<>(hidden.values());
            all.add(withdrawn);
            all.add(published);
            for (var article : all) {
                var stored = editorial.load(article.draft().savedArticleId()).orElseThrow();
                editorial.delete(stored.savedArticleId(), stored.version());
            }
            themes.delete(themeId);
            return null;
        });
    }

    @Test
    void everyMvcMappingHasALine() {
        var mapped = mvc.stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .filter(handler ->
                        handler.getValue().getBeanType().getPackageName().startsWith("org.newsdesk"))
                .flatMap(handler -> handler.getKey().getPatternValues().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(ServiceAccessTest.missing(mapped, MAPPINGS.keySet()))
                .as("""
                        Spring MVC mappings without a line in %s.MAPPINGS; add one per mapping, e.g.
                            Addresses.NEW_MAPPING, "everyone: published versions only",
                        and a check of what visitors get of unpublished content""", AnonymousVisitorIT.class.getSimpleName())
                .isEmpty();
        assertThat(ServiceAccessTest.missing(MAPPINGS.keySet(), mapped))
                .as("lines for mappings that no longer exist")
                .isEmpty();
    }

    /** Published and withdrawn versions are read at their address; the test below checks the withdrawn one. */
    @Test
    void everyStateButTheReadableOnesIsCheckedHidden() {
        assertThat(Arrays.stream(Hidden.values()).map(Hidden::name))
                .as("a new publication state needs a line in Hidden and an article in it")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PublicationStatus.values())
                        .filter(status -> !status.isReadable())
                        .map(PublicationStatus::name)
                        .toList());
    }

    @Test
    void thePublishedArticleItsImageAndItsDocumentAreThere() {
        assertThat(site.get(page(published)).statusCode()).isEqualTo(200);
        assertThat(site.get(page(published)).body()).contains(published.title());
        for (var variant : Variant.values()) {
            assertThat(site.head("/" + published.image().path(variant)).statusCode())
                    .as(variant.name())
                    .isEqualTo(200);
        }
        assertThat(site.head("/" + published.document().path()).statusCode()).isEqualTo(200);
        assertThat(everyListing()).contains(published.slug());
    }

    /** Kept for the record: readable at its address under its banner, with its image and document, listed nowhere. */
    @Test
    void aWithdrawnArticleIsReadAtItsAddressUnderItsBannerAndListedNowhere() {
        var response = site.get(page(withdrawn));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select(".withdrawn-banner").text())
                .contains("Ingetrokken " + batch + ".");
        assertThat(site.head("/" + withdrawn.image().path(Variant.ARTICLE)).statusCode())
                .isEqualTo(200);
        assertThat(site.head("/" + withdrawn.document().path()).statusCode()).isEqualTo(200);
        assertThat(everyListing()).doesNotContain(withdrawn.slug()).doesNotContain(withdrawn.title());
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void anUnpublishedArticleAnswers404Or410WithNothingOfIt(Hidden state) {
        var article = hidden.get(state);

        for (var path : List.of(
                page(article), "/" + Addresses.preview(NL, article.draft().savedArticleId()))) {
            var response = site.get(path);
            var gone = state == Hidden.UNPUBLISHED && path.equals(page(article));
            assertThat(response.statusCode()).as(path).isEqualTo(gone ? 410 : 404);
            assertThat(response.body()).as(path).doesNotContain(article.title()).doesNotContain(article.slug());
        }
    }

    /**
     * A preview link opens its draft to whoever holds it, and to nobody who guesses: a page that no cache keeps and
     * no search engine lists. A revoked link, an unknown token and one of another language answer the plain 404.
     */
    @Test
    void aPreviewLinkOpensItsDraftUncachedUnlistedAndNothingElse() {
        var draft = hidden.get(Hidden.DRAFT);
        var link = SignedInEditor.during(() -> previewLinks.create(draft.draft().savedArticleId(), NL, 1));
        var path = "/" + link.path();

        for (var opening = 0; opening < 2; opening++) {
            var response = site.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains(draft.title()).contains("Voorbeeld, niet gepubliceerd");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-store");
            assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
            assertThat(Jsoup.parse(response.body()).select("meta[name=robots]").attr("content"))
                    .isEqualTo("noindex, nofollow");
        }

        var image = Addresses.sharedFile(draft.image().path(Variant.ARTICLE), link.token());
        var document = Addresses.sharedFile(draft.document().path(), link.token());
        var shown = Jsoup.parse(site.get(path).body());
        assertThat(shown.select("img.article-hero").attr("src")).isEqualTo(image);
        assertThat(shown.select(".article-attachments a").attr("href")).isEqualTo(document);
        for (var file : List.of(image, document)) {
            var response = site.get("/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue("no-store");
        }
        var notShown = hidden.get(Hidden.SCHEDULED);
        assertThat(site.get("/" + Addresses.sharedFile(notShown.image().path(Variant.ARTICLE), link.token()))
                        .statusCode())
                .as("the token opens its own version's files only")
                .isEqualTo(404);
        assertThat(site.get("/" + Addresses.sharedFile(notShown.document().path(), link.token()))
                        .statusCode())
                .isEqualTo(404);

        var otherLanguage = "/" + Addresses.sharedPreview(Language.FR, link.token());
        var guessed = "/" + Addresses.sharedPreview(NL, "A".repeat(43));
        var garbled = "/" + Addresses.sharedPreview(NL, "not-a-token");
        SignedInEditor.during(() -> {
            previewLinks.revoke(link.link().id());
            return null;
        });
        for (var closed : List.of(path, otherLanguage, guessed, garbled)) {
            var response = site.get(closed);
            assertThat(response.statusCode()).as(closed).isEqualTo(404);
            assertThat(response.body()).as(closed).doesNotContain(draft.title()).doesNotContain(draft.slug());
            assertThat(response.headers().allValues("Cache-Control")).as(closed).containsExactly("private, no-store");
        }
        for (var file : List.of(image, document)) {
            assertThat(site.get("/" + file).statusCode()).as("revoked: " + file).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void itsImageAndItsDocumentAnswer404(Hidden state) {
        var article = hidden.get(state);

        for (var variant : Variant.values()) {
            var path = "/" + article.image().path(variant);
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(site.get("/" + article.document().path()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void noFeedSitemapListOrSearchNamesIt(Hidden state) {
        var article = hidden.get(state);

        assertThat(everyListing()).doesNotContain(article.slug()).doesNotContain(article.title());
    }

    /** The feeds, the sitemaps, the news grid, its search and the theme page, as one text. */
    private String everyListing() {
        var paths = new ArrayList<>(List.of(
                "/" + Addresses.languageFeed(NL),
                "/" + Addresses.themeFeed(NL, "zichtbaar-" + batch),
                "/" + Addresses.sitemapOfPages(),
                "/" + Addresses.newsSitemap(),
                "/" + Addresses.news(NL),
                "/" + Addresses.news(NL) + "?q=" + batch,
                "/" + Addresses.theme(NL, "zichtbaar-" + batch)));
        for (var file = 1; file <= sitemaps.articleFiles(); file++) {
            paths.add("/" + Addresses.sitemapOfArticles(file));
        }
        return paths.stream()
                .map(path -> {
                    var response = site.get(path);
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                    return response.body();
                })
                .collect(Collectors.joining("\n"));
    }

    private static String page(Article article) {
        return "/" + Addresses.article(NL, article.slug());
    }

    /** @param imageWidth its own for each article, and part of its slug */
    private Article article(PublicationStatus status, Instant publishAt, int imageWidth) {
        var slug = "zichtbaar-" + imageWidth + "-" + batch;
        var title = "Zichtbaar " + imageWidth + " " + batch;
        var image = media.upload(TestImages.png(imageWidth, 200), slug + ".png");
        var saved = editorial.save(new ArticleDraft(
                null,
                0,
                themeId,
                LocalDate.now(),
                Map.of(NL, new VersionDraft(title, slug, "Een inleiding.", "Tekst " + batch + ".", status, publishAt)),
                null,
                new HeroImageDraft(image.imageId(), Map.of(NL, "Een beeld"))));
        var document = attachments.attach(
                saved.savedArticleId(),
                NL,
                attachments.upload(TestDocuments.pdf(), slug + ".pdf").documentId(),
                "Bijlage");
        return new Article(saved, slug, title, image, document);
    }

    private int version(Article article) {
        return editorial.load(article.draft().savedArticleId()).orElseThrow().version();
    }

    private Article archive(Article article) {
        var stored = editorial.load(article.draft().savedArticleId()).orElseThrow();
        var version = stored.versions().get(NL);
        var archived = editorial.save(new ArticleDraft(
                stored.articleId(),
                stored.version(),
                stored.themeId(),
                stored.publicationDate(),
                Map.of(
                        NL,
                        new VersionDraft(
                                version.title(),
                                version.slug(),
                                version.teaser(),
                                version.body(),
                                PublicationStatus.ARCHIVED,
                                null)),
                null,
                stored.heroImage()));
        return new Article(archived, article.slug(), article.title(), article.image(), article.document());
    }
}
