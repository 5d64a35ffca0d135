package org.newsdesk.previewlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.PREVIEW_LINK;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Caller;
import org.newsdesk.MovableClock;
import org.newsdesk.SignedInEditor;
import org.newsdesk.TestAccounts;
import org.newsdesk.article.ArticleService;
import org.newsdesk.audit.ArticleAuditTrail;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.history.ArticleHistory;
import org.newsdesk.history.HistoryEntry;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.NoteKind;
import org.newsdesk.notes.OutsideComments;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preview links against MariaDB: Eva (an editor) shares a draft with a press office, which reads it without an
 * account and comments; Tina translates French only. Every test's rows are rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva-preview-test", roles = "EDITOR")
class PreviewLinksTest {

    private static final String TINA = "tina-preview-test";

    @Autowired
    PreviewLinks links;

    @Autowired
    PreviewLinkRepository repository;

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Autowired
    OutsideComments outsideComments;

    @Autowired
    AuditLog audit;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    NewsdeskProperties settings;

    @Autowired
    InternalNotes notes;

    @Autowired
    ArticleAuditTrail auditTrail;

    @Autowired
    ArticleHistory history;

    @Autowired
    DSLContext dsl;

    ArticleDraft article;

    @BeforeEach
    void aDraftInDutchAndFrench() {
        article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 5, 4),
                Map.of(
                        Language.NL, draft("Nieuwe subsidie voor isolatie", "subsidie-isolatie-preview"),
                        Language.FR, draft("Nouvelle prime à l’isolation", "prime-isolation-preview")),
                null,
                null));
    }

    @Test
    void someoneWithoutAnAccountReadsTheDraftAsStoredWhenTheyOpenIt() {
        var link = links.create(id(), Language.NL, 7);

        assertThat(anonymously(() -> links.open(Language.NL, link.token()))).hasValueSatisfying(shared -> {
            assertThat(shared.page().title()).isEqualTo("Nieuwe subsidie voor isolatie");
            assertThat(shared.expiresAt()).isEqualTo(link.link().createdAt().plus(Duration.ofDays(7)));
        });

        editorial.save(article.withVersions(Map.of(
                Language.NL, draft("Subsidie voor isolatie verhoogd", "subsidie-isolatie-preview"),
                Language.FR, article.versions().get(Language.FR))));

        assertThat(anonymously(() -> links.open(Language.NL, link.token())))
                .hasValueSatisfying(
                        shared -> assertThat(shared.page().title()).isEqualTo("Subsidie voor isolatie verhoogd"));
        assertThat(link.path()).isEqualTo("nl/shared-preview/" + link.token());
    }

    @Test
    void onlyTheTokensHashIsStored() {
        var link = links.create(id(), Language.NL, 7);

        var row = dsl.selectFrom(PREVIEW_LINK)
                .where(PREVIEW_LINK.ID.eq(link.link().id()))
                .fetchSingle();
        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(row.getTokenHash())
                .isEqualTo(PreviewLinks.hash(link.token()))
                .hasSize(64);
        assertThat(row.intoList())
                .noneMatch(value -> value != null && value.toString().contains(link.token()));
        assertThat(links.create(id(), Language.NL, 7).token()).isNotEqualTo(link.token());
    }

    @Test
    void aLinkOpensUntilItExpires() {
        var clock = new MovableClock();
        var timed = new PreviewLinks(repository, articles, outsideComments, audit, clock, security, settings);
        var link = timed.create(id(), Language.NL, 1);

        clock.advance(Duration.ofHours(23));
        assertThat(anonymously(() -> timed.open(Language.NL, link.token()))).isPresent();

        clock.advance(Duration.ofHours(1));
        assertThat(anonymously(() -> timed.open(Language.NL, link.token()))).isEmpty();
        assertThat(anonymously(() -> timed.peek(Language.NL, link.token()))).isEmpty();
        assertThat(rejected(() -> anonymously(() -> {
                    timed.comment(Language.NL, link.token(), "Persdienst", "Te laat?");
                    return null;
                })))
                .containsEntry("comment", "previewLink.closed");
        assertThat(timed.of(id(), Language.NL).getFirst().opensAt(clock.instant()))
                .isFalse();
    }

    @Test
    void theMakerChoosesHowManyDaysWithinTheLongestAllowed() {
        var longest = links.validDays().longest();

        assertThat(links.validDays()).isEqualTo(new ValidDays(7, 30));
        assertThat(rejected(() -> links.create(id(), Language.NL, 0))).containsEntry("days", "previewLink.days");
        assertThat(rejected(() -> links.create(id(), Language.NL, longest + 1)))
                .containsEntry("days", "previewLink.days");
        assertThat(rejected(() -> links.create(id(), Language.DE, 7))).containsEntry("link", "previewLink.noVersion");
        assertThat(links.of(id(), Language.NL)).isEmpty();
    }

    @Test
    void aRevokedLinkNoLongerOpens() {
        var link = links.create(id(), Language.NL, 7);

        links.revoke(link.link().id());
        links.revoke(link.link().id());

        assertThat(anonymously(() -> links.open(Language.NL, link.token()))).isEmpty();
        assertThat(anonymously(() -> links.peek(Language.NL, link.token()))).isEmpty();
        assertThat(links.of(id(), Language.NL).getFirst().revokedAt()).isNotNull();
        assertThat(actions()).containsOnlyOnce("PREVIEW_LINK_REVOKED");
    }

    @Test
    void aTokenOpensOnlyItsOwnLanguageAndNoOtherTokenOpensAnything() {
        var link = links.create(id(), Language.NL, 7);

        assertThat(anonymously(() -> links.open(Language.FR, link.token()))).isEmpty();
        assertThat(anonymously(() -> links.open(Language.NL, link.token().substring(1) + "A")))
                .isEmpty();
        assertThat(anonymously(() -> links.open(Language.NL, "../../admin"))).isEmpty();
        assertThat(anonymously(() -> links.open(Language.NL, PreviewLinks.hash(link.token()))))
                .isEmpty();
    }

    @Test
    void openingsAreCountedOnTheLinkAndTheHistoryTellsOfMakingOpeningAndRevoking() {
        var link = links.create(id(), Language.NL, 7);

        anonymously(() -> links.open(Language.NL, link.token()));
        anonymously(() -> links.open(Language.NL, link.token()));
        anonymously(() -> links.peek(Language.NL, link.token()));
        links.revoke(link.link().id());

        var stored = links.of(id(), Language.NL).getFirst();
        assertThat(stored.openCount()).isEqualTo(2);
        assertThat(stored.lastOpenedAt()).isNotNull();
        assertThat(stored.createdBy()).isEqualTo("eva-preview-test");
        // A reload is one opening for the log.
        assertThat(actions()).containsOnlyOnce("PREVIEW_LINK_OPENED");
        var opened = auditTrail.of(id()).stream()
                .filter(event -> event.action().equals("PREVIEW_LINK_OPENED"))
                .findFirst()
                .orElseThrow();
        assertThat(opened.actor()).isNull();
        assertThat(opened.language()).hasValue(Language.NL);
        assertThat(history.of(id()).stream()
                        .filter(entry -> entry instanceof HistoryEntry.Recorded)
                        .map(entry -> ((HistoryEntry.Recorded) entry).event().action()))
                .contains("PREVIEW_LINK_CREATED", "PREVIEW_LINK_OPENED", "PREVIEW_LINK_REVOKED");
    }

    @Test
    void aCommentBecomesAnInternalNoteUnderTheNameGivenNeverAnAccounts() {
        TestAccounts.create(dsl, "ines-preview-test", "Ines of the newsroom", "n/a", Role.EDITOR);
        var link = links.create(id(), Language.NL, 7);

        anonymously(() -> {
            links.comment(Language.NL, link.token(), "  ines-preview-test\n", "Het bedrag is\n2.000 euro.\u0007");
            return null;
        });

        var note = notes.of(id()).getFirst();
        assertThat(note.kind()).isEqualTo(NoteKind.OUTSIDE_COMMENT);
        assertThat(note.writtenBy()).isEqualTo("ines-preview-test");
        assertThat(note.language()).isEqualTo(Language.NL);
        assertThat(note.text()).isEqualTo("Het bedrag is\n2.000 euro.");
        assertThat(links.of(id(), Language.NL).getFirst().commentCount()).isEqualTo(1);
    }

    @Test
    void aBadCommentIsRefusedWithItsReasonAndChangesNothing() {
        var link = links.create(id(), Language.NL, 7);

        assertThat(rejected(() -> anonymously(() -> {
                    links.comment(Language.NL, link.token(), " ", "x".repeat(OutsideComments.MAX_LENGTH + 1));
                    return null;
                })))
                .containsEntry("name", "comment.nameRequired")
                .containsEntry("text", "validation.tooLong");
        assertThat(rejected(() -> anonymously(() -> {
                    links.comment(Language.NL, "not-a-token", "Persdienst", "Klopt.");
                    return null;
                })))
                .containsEntry("comment", "previewLink.closed");

        assertThat(notes.of(id())).isEmpty();
        assertThat(links.of(id(), Language.NL).getFirst().commentCount()).isZero();
    }

    @Test
    void aLinkTakesALimitedNumberOfComments() {
        var link = links.create(id(), Language.NL, 7);
        for (var i = 0; i < PreviewLinks.MAX_COMMENTS; i++) {
            var number = i;
            anonymously(() -> {
                links.comment(Language.NL, link.token(), "Persdienst", "Opmerking " + number);
                return null;
            });
        }

        assertThat(rejected(() -> anonymously(() -> {
                    links.comment(Language.NL, link.token(), "Persdienst", "Nog één");
                    return null;
                })))
                .containsEntry("comment", "previewLink.tooManyComments");
        assertThat(notes.of(id())).hasSize(PreviewLinks.MAX_COMMENTS);
    }

    @Test
    void aTranslatorSharesAndRevokesOnlyTheirLanguagesVersions() {
        var dutch = links.create(id(), Language.NL, 7);

        var french = translator(() -> links.create(id(), Language.FR, 3));
        assertThat(french.link().createdBy()).isEqualTo(TINA);
        assertThatThrownBy(() -> translator(() -> links.create(id(), Language.NL, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translator(() -> {
                    links.revoke(dutch.link().id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        translator(() -> {
            links.revoke(french.link().id());
            return null;
        });

        assertThat(anonymously(() -> links.open(Language.NL, dutch.token()))).isPresent();
        assertThat(anonymously(() -> links.open(Language.FR, french.token()))).isEmpty();
    }

    @Test
    void nobodyWithoutAnAccountMakesListsOrRevokesLinks() {
        var link = links.create(id(), Language.NL, 7);

        assertThatThrownBy(() -> anonymously(() -> links.create(id(), Language.NL, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> links.of(id(), Language.NL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> {
                    links.revoke(link.link().id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long id() {
        return article.savedArticleId();
    }

    private List<String> actions() {
        return auditTrail.of(id()).stream().map(AuditEvent::action).toList();
    }

    private static VersionDraft draft(String title, String slug) {
        return new VersionDraft(title, slug, "Kort.", "De **tekst**.", PublicationStatus.DRAFT, null);
    }

    private static <T> T translator(Supplier<T> work) {
        return SignedInEditor.as(TINA, List.of("ROLE_TRANSLATOR", "LANGUAGE_fr"), work);
    }

    /** As a visitor: nobody signed in. */
    private static <T> T anonymously(Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(Caller.ANONYMOUS.securityContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static Map<String, String> rejected(Supplier<?> work) {
        try {
            var unexpected = work.get();
            throw new AssertionError("not refused: " + unexpected);
        } catch (Rejected rejected) {
            return rejected.messageKeys();
        }
    }
}
