package org.newsdesk.featured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.CONTENT_CHANGE;
import static org.newsdesk.jooq.Tables.FEATURED_ARTICLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Pinning, ordering and the time window of featured news against a real MariaDB; every test is rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class FeaturedNewsTest {

    private static final LocalDate OLD = LocalDate.of(2012, 5, 1);

    @Autowired
    FeaturedNews featured;

    @Autowired
    FeaturedWindows windows;

    @Autowired
    EditorialService editorial;

    @Autowired
    DSLContext dsl;

    @Autowired
    ThemeAdministration themes;

    @Test
    void pinnedArticlesShowInTheOrderTheEditorsChose() {
        var ids = ExtraNews.publish(editorial, Language.NL, 3, OLD).ids();
        var first = featured.pin(Language.NL, ids.get(2), null, null);
        featured.pin(Language.NL, ids.get(0), null, null);
        featured.pin(Language.NL, ids.get(1), null, null);

        assertThat(shownIds(Language.NL)).containsExactly(ids.get(2), ids.get(0), ids.get(1));

        featured.move(first.id(), 2);

        assertThat(shownIds(Language.NL)).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(featured.pins(Language.NL).stream().map(FeaturedPin::articleId))
                .containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(shownIds(Language.FR)).as("each language has its own").isEmpty();
    }

    @Test
    void theLimitPerLanguageIsRefusedWithItsNumberAndAnEndedPinDoesNotCount() {
        var ids = ExtraNews.publish(editorial, Language.NL, 4, OLD).ids();
        var pins = ids.subList(0, 3).stream()
                .map(id -> featured.pin(Language.NL, id, null, null))
                .toList();

        assertThatThrownBy(() -> featured.pin(Language.NL, ids.get(3), null, null))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.messageKeys()).containsExactly(Map.entry("article", "featured.problem.limit"));
                    assertThat(rejected.problems().get("article").arguments()).containsExactly(3);
                });
        assertThat(featured.pins(Language.NL)).hasSize(3);
        assertThat(featured.pin(
                        Language.FR,
                        ExtraNews.publish(editorial, Language.FR, 1, OLD).ids().getFirst(),
                        null,
                        null))
                .as("another language has places of its own")
                .isNotNull();

        endedAMinuteAgo(pins.getFirst().id());

        featured.pin(Language.NL, ids.get(3), null, null);
        assertThat(shownIds(Language.NL)).containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThatThrownBy(() -> featured.reschedule(pins.getFirst().id(), null, null))
                .as("bringing the ended pin back would pass the limit")
                .isInstanceOf(Rejected.class);
    }

    @Test
    void aPinShowsFromItsStartUntilItsEndAndEachBoundaryIsAnnouncedOnce() {
        var id = ExtraNews.publish(editorial, Language.NL, 1, OLD).ids().getFirst();
        var now = Instant.now();
        var pin = featured.pin(Language.NL, id, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        windows.announcePassedBoundaries();

        assertThat(shownIds(Language.NL)).as("before its start").isEmpty();
        assertThat(pin.standing(now)).isEqualTo(FeaturedPin.Standing.UPCOMING);

        dsl.update(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.STARTS_AT, now.minus(Duration.ofMinutes(1)))
                .where(FEATURED_ARTICLE.ID.eq(pin.id()))
                .execute();
        var before = contentVersion();

        assertThat(shownIds(Language.NL)).containsExactly(id);
        assertThat(windows.announcePassedBoundaries()).isEqualTo(1);
        assertThat(contentVersion())
                .as("the start is a change of public content")
                .isEqualTo(before + 1);
        assertThat(windows.announcePassedBoundaries()).as("announced once").isZero();

        endedAMinuteAgo(pin.id());

        assertThat(shownIds(Language.NL)).as("after its end").isEmpty();
        assertThat(windows.announcePassedBoundaries()).isEqualTo(1);
        assertThat(contentVersion()).isEqualTo(before + 2);
    }

    @Test
    void aWindowMustEndAfterItStartsAndInTheFuture() {
        var id = ExtraNews.publish(editorial, Language.NL, 1, OLD).ids().getFirst();
        var now = Instant.now();

        assertThatThrownBy(() ->
                        featured.pin(Language.NL, id, now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("ends", "featured.problem.endsBeforeStart")));
        assertThatThrownBy(() ->
                        featured.pin(Language.NL, id, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("ends", "featured.problem.endsInThePast")));
        assertThat(featured.pins(Language.NL)).isEmpty();
    }

    @Test
    void onlyAPublishedVersionIsShownAndADraftCannotBePinned() {
        var published = ExtraNews.publish(editorial, Language.NL, 1, OLD).ids().getFirst();
        var draft = ExtraNews.drafts(editorial, Language.NL, 1, OLD).ids().getFirst();

        assertThatThrownBy(() -> featured.pin(Language.NL, draft, null, null))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("article", "featured.problem.notPublished")));
        assertThatThrownBy(() -> featured.pin(Language.FR, published, null, null))
                .as("no French version")
                .isInstanceOf(Rejected.class);

        var pin = featured.pin(Language.NL, published, null, null);
        archive(published);

        assertThat(shownIds(Language.NL)).isEmpty();
        assertThat(featured.pins(Language.NL).getFirst().standing(Instant.now()))
                .isEqualTo(FeaturedPin.Standing.NOT_PUBLISHED);
        assertThat(featured.candidates(Language.NL, "Extra news"))
                .extracting(PinCandidate::articleId)
                .doesNotContain(published, draft);
        featured.unpin(pin.id());
        assertThat(featured.pins(Language.NL)).isEmpty();
    }

    @Test
    void aThemePageShowsTheFeaturedArticlesOfItsThemeInTheSameOrder() {
        var name = "Featured theme " + System.nanoTime();
        var themeId = themes.save(new ThemeDraft(
                        null,
                        Map.of(
                                Language.NL,
                                new ThemeNames(name, name.toLowerCase().replace(' ', '-'), ""))))
                .themeId();
        var ofTheme =
                ExtraNews.publishUnder(editorial, themeId, Language.NL, 2, OLD).ids();
        var other = ExtraNews.publish(editorial, Language.NL, 1, OLD).ids().getFirst();
        featured.pin(Language.NL, ofTheme.get(1), null, null);
        featured.pin(Language.NL, other, null, null);
        featured.pin(Language.NL, ofTheme.get(0), null, null);

        assertThat(featured.shownOfTheme(Language.NL, themeId).stream().map(ArticleCard::articleId))
                .containsExactly(ofTheme.get(1), ofTheme.get(0));
    }

    @Test
    @WithAnonymousUser
    void visitorsSeeTheFeaturedNewsButCannotPin() {
        assertThat(featured.shown(Language.DE)).isNotNull();
        assertThatThrownBy(() -> featured.pin(Language.NL, 1, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<Long> shownIds(Language language) {
        return featured.shown(language).stream().map(ArticleCard::articleId).toList();
    }

    private void endedAMinuteAgo(long pinId) {
        var now = Instant.now();
        dsl.update(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.STARTS_AT, now.minus(Duration.ofHours(1)))
                .set(FEATURED_ARTICLE.ENDS_AT, now.minus(Duration.ofMinutes(1)))
                .where(FEATURED_ARTICLE.ID.eq(pinId))
                .execute();
    }

    private void archive(long articleId) {
        var article = editorial.load(articleId).orElseThrow();
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        article.versions()
                .forEach((language, version) ->
                        versions.put(language, version.withState(PublicationStatus.ARCHIVED, null)));
        editorial.save(new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                versions,
                article.updatedBy(),
                article.heroImage()));
    }

    private long contentVersion() {
        return dsl.fetchValue(CONTENT_CHANGE.VERSION, CONTENT_CHANGE.ID.eq((byte) 1));
    }
}
