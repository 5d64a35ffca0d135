package org.newsdesk.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Who else has an article open, against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = EditingPresenceTest.ADAM, roles = "ADMIN")
class EditingPresenceTest {

    /** Accounts of the test's own, with the display names the others see. */
    private static final String EVA = "presence-eva";

    static final String ADAM = "presence-adam";

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void createAccounts() {
        TestAccounts.create(dsl, EVA, "Eva Editor", TestAccounts.NO_PASSWORD, Role.EDITOR);
        TestAccounts.create(dsl, ADAM, "Adam Admin", TestAccounts.NO_PASSWORD, Role.EDITOR, Role.ADMIN);
    }

    @Autowired
    EditingPresence presence;

    @Autowired
    PresenceRepository repository;

    @Autowired
    EditorialService editorial;

    /** Saved by whoever the test runs as. */
    private ArticleDraft anArticle() {
        return editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 11, 29),
                Map.of(
                        Language.NL,
                        new VersionDraft(
                                "Samen bewerkt", "samen-bewerkt-test", "", "Tekst.", PublicationStatus.DRAFT, null)),
                null,
                null));
    }

    @Test
    void anEditorSeesTheOthersWhoHaveTheArticleOpenByTheirNames() {
        var article = anArticle();
        repository.renew(article.articleId(), "tab-of-eva", EVA, Instant.now());
        repository.renew(article.articleId(), "tab-of-someone-gone", "piet", Instant.now());

        var state = presence.renew(article.articleId(), "my-tab", article.version());

        assertThat(state.othersEditing()).containsExactly("Eva Editor", "piet");
        assertThat(state.newerVersionBy()).isNull();
    }

    @Test
    void myOwnOtherTabsAndEditorsThatStoppedRenewingAreNotListed() {
        var article = anArticle();
        repository.renew(article.articleId(), "my-other-tab", ADAM, Instant.now());
        repository.renew(
                article.articleId(),
                "closed-laptop",
                EVA,
                Instant.now().minus(presence.renewInterval().multipliedBy(4)));

        assertThat(presence.renew(article.articleId(), "my-tab", article.version())
                        .othersEditing())
                .isEmpty();
    }

    @Test
    void leavingEndsThePresenceAtOnce() {
        var article = anArticle();
        presence.renew(article.articleId(), "my-tab", article.version());
        presence.leave(article.articleId(), "my-tab");
        repository.renew(article.articleId(), "tab-of-eva", EVA, Instant.now());

        assertThat(repository.othersSeenSince(
                        article.articleId(), EVA, Instant.now().minus(Duration.ofMinutes(1))))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = EVA, roles = "EDITOR")
    void anEditorLearnsWhoSavedTheArticleSinceTheyOpenedIt() {
        var article = anArticle();
        var loadedVersion = article.version();
        editorial.save(new ArticleDraft(
                article.articleId(),
                article.version(),
                null,
                article.publicationDate(),
                Map.of(
                        Language.NL,
                        new VersionDraft(
                                "Samen bewerkt, nu beter",
                                "samen-bewerkt-test",
                                "",
                                "Tekst.",
                                PublicationStatus.DRAFT,
                                null)),
                null,
                null));

        assertThat(presence.renew(article.articleId(), "my-tab", loadedVersion).newerVersionBy())
                .isEqualTo("Eva Editor");
    }

    @Test
    @WithAnonymousUser
    void visitorsCannotSeeOrLeaveTraces() {
        assertThatThrownBy(() -> presence.renew(1, "tab", 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> presence.leave(1, "tab")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
