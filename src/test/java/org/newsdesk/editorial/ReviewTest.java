package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.NoteKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of review and who may take it, with review required: Anna writes and submits, Ben reviews, Tina
 * translates French, Clara (the user signed in between their steps) only looks. Every test's rows are rolled back.
 */
@SpringBootTest(properties = "newsdesk.workflow.review-required=true")
@Transactional
@WithMockUser(username = "clara-review-test", roles = "EDITOR")
class ReviewTest {

    private static final String ANNA = "anna-review-test";
    private static final String BEN = "ben-review-test";
    private static final String TINA = "tina-review-test";

    @Autowired
    EditorialService editorial;

    @Autowired
    InternalNotes notes;

    @Autowired
    ArticleService articles;

    @Autowired
    DSLContext dsl;

    ArticleDraft article;

    /** Anna's Dutch draft, with a French draft beside it. */
    @BeforeEach
    void annaWritesADraft() {
        article = as(
                ANNA,
                () -> editorial.save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 4, 1),
                        Map.of(
                                Language.NL,
                                        version("Dijk versterkt", "dijk-versterkt-review", PublicationStatus.DRAFT),
                                Language.FR,
                                        version("Digue renforcée", "digue-renforcee-review", PublicationStatus.DRAFT)),
                        null,
                        null)));
    }

    @Test
    void aDraftCannotBePublishedWithoutReview() {
        assertThatThrownBy(() ->
                        as(ANNA, () -> editorial.save(inState(article, Language.NL, PublicationStatus.PUBLISHED))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsEntry("review", "review.required"));
        assertThatThrownBy(() -> as(ANNA, () -> editorial.save(scheduled(article, Language.NL))))
                .isInstanceOf(Rejected.class);
        assertThat(editorial
                        .load(article.savedArticleId())
                        .orElseThrow()
                        .versions()
                        .get(Language.NL)
                        .status())
                .isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void anotherEditorApprovesASubmittedVersionWhichThenIsLive() {
        var submitted = submit(ANNA, Language.NL);

        var approved =
                as(BEN, () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), submitted.version()));

        assertThat(approved.versions().get(Language.NL).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(articles.readable(Language.NL, "dijk-versterkt-review")).isPresent();
        assertThat(audited("ARTICLE_APPROVED", Language.NL)).isEqualTo(1);
        assertThat(audited("ARTICLE_PUBLISHED", Language.NL)).isEqualTo(1);
        // Approving changes no text: the version's author stays Anna.
        assertThat(editorial
                        .revisions(article.savedArticleId(), Language.NL)
                        .getFirst()
                        .kind())
                .isEqualTo(RevisionKind.REVIEWED);
        assertThat(as(
                        ANNA,
                        () -> editorial
                                .reviews(article.savedArticleId())
                                .get(Language.NL)
                                .mayReview()))
                .isFalse();
    }

    @Test
    void anApprovedVersionWithAPublishTimeAheadIsScheduled() {
        var at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        var submitted = as(
                ANNA,
                () -> editorial.save(with(
                        article,
                        Language.NL,
                        article.versions().get(Language.NL).withState(PublicationStatus.IN_REVIEW, at))));

        var approved =
                as(BEN, () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), submitted.version()));

        assertThat(approved.versions().get(Language.NL).status()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(approved.versions().get(Language.NL).publishAt()).isEqualTo(at);
    }

    @Test
    void theAuthorCannotApproveOrSendBackTheirOwnVersion() {
        var submitted = submit(ANNA, Language.NL);

        assertThatThrownBy(() -> as(
                        ANNA,
                        () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), submitted.version())))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsEntry("review", "review.ownVersion"));
        assertThatThrownBy(() -> as(
                        ANNA,
                        () -> editorial.sendBack(
                                article.savedArticleId(), Language.NL, submitted.version(), "Zelf goed")))
                .isInstanceOf(Rejected.class);
        assertThat(as(
                        ANNA,
                        () -> editorial
                                .reviews(article.savedArticleId())
                                .get(Language.NL)
                                .mayReview()))
                .isFalse();
        assertThat(as(
                        BEN,
                        () -> editorial
                                .reviews(article.savedArticleId())
                                .get(Language.NL)
                                .mayReview()))
                .isTrue();
    }

    @Test
    void whoeverChangesTheTextInReviewBecomesItsAuthor() {
        var submitted = submit(ANNA, Language.NL);
        var changed = as(
                BEN,
                () -> editorial.save(with(
                        submitted,
                        Language.NL,
                        new VersionDraft(
                                "Dijk versterkt, ook in het noorden",
                                "dijk-versterkt-review",
                                "",
                                "Tekst.",
                                PublicationStatus.IN_REVIEW,
                                null))));

        assertThatThrownBy(() -> as(
                        BEN, () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), changed.version())))
                .isInstanceOf(Rejected.class);
        assertThat(as(ANNA, () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), changed.version()))
                        .versions()
                        .get(Language.NL)
                        .status())
                .isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void onlyAVersionInReviewCanBeApproved() {
        assertThatThrownBy(() -> as(
                        BEN, () -> editorial.approve(article.savedArticleId(), Set.of(Language.NL), article.version())))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsEntry("review", "review.notInReview"));
    }

    @Test
    void sendingBackNeedsARemarkWhichBecomesANote() {
        var submitted = submit(ANNA, Language.NL);

        assertThatThrownBy(() -> as(
                        BEN,
                        () -> editorial.sendBack(article.savedArticleId(), Language.NL, submitted.version(), "  ")))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected ->
                                assertThat(rejected.messageKeys()).containsEntry("remark", "review.remarkRequired"));
        var sentBack = as(
                BEN,
                () -> editorial.sendBack(
                        article.savedArticleId(), Language.NL, submitted.version(), "Bron van de cijfers?"));

        assertThat(sentBack.versions().get(Language.NL).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(as(ANNA, () -> notes.of(article.savedArticleId())))
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.text()).isEqualTo("Bron van de cijfers?");
                    assertThat(note.kind()).isEqualTo(NoteKind.SENT_BACK);
                    assertThat(note.language()).isEqualTo(Language.NL);
                    assertThat(note.writtenBy()).isEqualTo(BEN);
                });
        assertThat(audited("ARTICLE_SENT_BACK", Language.NL)).isEqualTo(1);
    }

    @Test
    void publishingWithoutReviewNeedsAReasonAndMarksTheVersionUntilSomeoneElseReviewsIt() {
        var published = inState(article, Language.NL, PublicationStatus.PUBLISHED);
        assertThatThrownBy(() -> as(ANNA, () -> editorial.saveWithoutReview(published, " ")))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected ->
                                assertThat(rejected.messageKeys()).containsEntry("reason", "review.reasonRequired"));

        as(ANNA, () -> editorial.saveWithoutReview(published, "Storm op komst: nu waarschuwen"));

        assertThat(articles.readable(Language.NL, "dijk-versterkt-review")).isPresent();
        assertThat(as(ANNA, () -> editorial.reviews(article.savedArticleId()).get(Language.NL)))
                .isEqualTo(new VersionReview(true, false));
        assertThat(listedUnreviewed()).isTrue();
        assertThat(as(ANNA, () -> notes.of(article.savedArticleId())))
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.kind()).isEqualTo(NoteKind.WITHOUT_REVIEW);
                    assertThat(note.text()).isEqualTo("Storm op komst: nu waarschuwen");
                });
        assertThat(dsl.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .ACTION
                                .eq("ARTICLE_PUBLISHED_WITHOUT_REVIEW")
                                .and(AUDIT_EVENT.DETAILS.contains("Storm op komst"))))
                .isEqualTo(1);

        assertThatThrownBy(() -> as(ANNA, () -> {
                    editorial.markReviewed(article.savedArticleId(), Language.NL);
                    return null;
                }))
                .isInstanceOf(Rejected.class);
        as(BEN, () -> {
            editorial.markReviewed(article.savedArticleId(), Language.NL);
            return null;
        });
        assertThat(as(
                        ANNA,
                        () -> editorial
                                .reviews(article.savedArticleId())
                                .get(Language.NL)
                                .publishedWithoutReview()))
                .isFalse();
        assertThat(listedUnreviewed()).isFalse();
        assertThat(audited("ARTICLE_REVIEWED_AFTERWARDS", Language.NL)).isEqualTo(1);
    }

    @Test
    void aTranslatorSubmitsTheirLanguageButNeverApprovesOrPublishes() {
        var submitted = submit(TINA, Language.FR, "LANGUAGE_fr");
        assertThat(submitted.versions().get(Language.FR).status()).isEqualTo(PublicationStatus.IN_REVIEW);

        // Not her language: what she sends for it is left as stored.
        assertThat(asTranslator(() -> editorial.save(inState(submitted, Language.NL, PublicationStatus.IN_REVIEW)))
                        .versions()
                        .get(Language.NL)
                        .status())
                .isEqualTo(PublicationStatus.DRAFT);
        var current = as(ANNA, () -> editorial.load(article.savedArticleId()).orElseThrow());
        assertThatThrownBy(() -> asTranslator(
                        () -> editorial.approve(article.savedArticleId(), Set.of(Language.FR), current.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asTranslator(() -> editorial.saveWithoutReview(
                        inState(current, Language.FR, PublicationStatus.PUBLISHED), "Dringend")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        asTranslator(() -> editorial.save(inState(current, Language.FR, PublicationStatus.DRAFT))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asTranslator(() -> editorial
                        .reviews(article.savedArticleId())
                        .get(Language.FR)
                        .mayReview()))
                .isFalse();
        assertThat(as(BEN, () -> editorial.approve(article.savedArticleId(), Set.of(Language.FR), current.version()))
                        .versions()
                        .get(Language.FR)
                        .status())
                .isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void theListShowsWhatWaitsForMyReviewButNotMyOwnVersions() {
        submit(ANNA, Language.NL);
        var waiting = new OverviewFilter("Dijk versterkt", null, null, null, false);

        assertThat(as(BEN, () -> articles.countOverview(waiting.waitingForReviewOf(BEN))))
                .isEqualTo(1);
        assertThat(as(ANNA, () -> articles.countOverview(waiting.waitingForReviewOf(ANNA))))
                .isZero();
        assertThat(as(BEN, () -> articles.countOverviewByStatus(waiting).of(PublicationStatus.IN_REVIEW)))
                .isEqualTo(1);
    }

    @Test
    void notesArePlainTextNewestFirstAndGoWithTheirArticle() {
        as(ANNA, () -> {
            notes.add(article.savedArticleId(), null, NoteKind.NOTE, "Foto volgt");
            notes.add(article.savedArticleId(), Language.FR, NoteKind.NOTE, "<img src=x onerror=alert(1)>");
            return null;
        });
        assertThatThrownBy(() -> as(ANNA, () -> {
                    notes.add(article.savedArticleId(), null, NoteKind.NOTE, " ");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsEntry("note", "note.required"));

        assertThat(asTranslator(() -> notes.of(article.savedArticleId())))
                .extracting(note -> note.text())
                .containsExactly("<img src=x onerror=alert(1)>", "Foto volgt");
        as(ANNA, () -> {
            editorial.delete(article.savedArticleId(), article.version());
            return null;
        });
        assertThat(as(ANNA, () -> notes.of(article.savedArticleId()))).isEmpty();
    }

    private ArticleDraft submit(String who, Language language, String... authorities) {
        var stored = as(ANNA, () -> editorial.load(article.savedArticleId()).orElseThrow());
        return as(who, () -> editorial.save(inState(stored, language, PublicationStatus.IN_REVIEW)), authorities);
    }

    private boolean listedUnreviewed() {
        return as(
                ANNA,
                () -> articles
                        .overview(Language.NL, new OverviewFilter("Dijk versterkt", null, null, null, false), 0, 1)
                        .getFirst()
                        .versions()
                        .stream()
                        .anyMatch(version -> version.language() == Language.NL && version.unreviewed()));
    }

    private int audited(String action, Language language) {
        return dsl.fetchCount(
                AUDIT_EVENT,
                AUDIT_EVENT
                        .ACTION
                        .eq(action)
                        .and(AUDIT_EVENT.TARGET.eq("article " + article.savedArticleId() + " " + language.code())));
    }

    private static ArticleDraft inState(ArticleDraft draft, Language language, PublicationStatus status) {
        return with(draft, language, draft.versions().get(language).withState(status, null));
    }

    private static ArticleDraft scheduled(ArticleDraft draft, Language language) {
        return with(
                draft,
                language,
                draft.versions()
                        .get(language)
                        .withState(PublicationStatus.SCHEDULED, Instant.now().plus(Duration.ofDays(1))));
    }

    private static ArticleDraft with(ArticleDraft draft, Language language, VersionDraft version) {
        var versions = new EnumMap<>(draft.versions());
        versions.put(language, version);
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                draft.themeId(),
                draft.publicationDate(),
                versions,
                draft.updatedBy(),
                draft.heroImage());
    }

    private static VersionDraft version(String title, String slug, PublicationStatus status) {
        return new VersionDraft(title, slug, "", "Tekst.", status, null);
    }

    private <T> T asTranslator(Supplier<T> action) {
        return as(TINA, action, "LANGUAGE_fr");
    }

    /** Runs as an editor, or as a translator of the languages whose authorities ({@code LANGUAGE_fr}) it names. */
    private static <T> T as(String username, Supplier<T> action, String... languages) {
        var authorities = new ArrayList<String>(List.of(languages));
        authorities.add(languages.length == 0 ? "ROLE_EDITOR" : "ROLE_TRANSLATOR");
        return SignedInEditor.as(username, authorities, action);
    }
}
