package org.newsdesk.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
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

/** Who else has an article open, against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class EditingPresenceTest {

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
        repository.renew(article.articleId(), "tab-of-eva", "editor", Instant.now());
        repository.renew(article.articleId(), "tab-of-someone-gone", "piet", Instant.now());

        var state = presence.renew(article.articleId(), "my-tab", article.version());

        assertThat(state.othersEditing()).containsExactly("Eva Editor", "piet");
        assertThat(state.newerVersionBy()).isNull();
    }

    @Test
    void myOwnOtherTabsAndEditorsThatStoppedRenewingAreNotListed() {
        var article = anArticle();
        repository.renew(article.articleId(), "my-other-tab", "admin", Instant.now());
        repository.renew(
                article.articleId(),
                "closed-laptop",
                "editor",
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
        repository.renew(article.articleId(), "tab-of-eva", "editor", Instant.now());

        assertThat(repository.othersSeenSince(
                        article.articleId(), "editor", Instant.now().minus(Duration.ofMinutes(1))))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
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
