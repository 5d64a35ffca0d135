package org.newsdesk.autosave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The kept copies of unsaved changes, against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class KeptCopiesTest {

    private static final KeptText DUTCH = new KeptText("Half af", "half-af", "", "Eerste zin, nog niet ");
    private static final KeptText FRENCH = new KeptText("À moitié", "", "", "");

    @Autowired
    KeptCopies copies;

    @Autowired
    KeptCopyRepository repository;

    @Autowired
    KeptCopyCleanup cleanup;

    @Autowired
    EditorialService editorial;

    @Test
    void aKeptCopyComesBackAsItWasKeptAndAKeepReplacesIt() {
        var articleId = anArticle();

        var kept = copies.keep(articleId, 3, Map.of(Language.NL, DUTCH, Language.FR, FRENCH));

        var found = copies.find(articleId).orElseThrow();
        assertThat(found.articleId()).isEqualTo(articleId);
        assertThat(found.baseVersion()).isEqualTo(3);
        assertThat(found.keptAt()).isEqualTo(kept.keptAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(found.texts()).containsExactlyInAnyOrderEntriesOf(Map.of(Language.NL, DUTCH, Language.FR, FRENCH));

        var dutchLater = new KeptText("Half af", "half-af", "Inleiding", "Eerste zin, nog niet af.");
        copies.keep(articleId, 4, Map.of(Language.NL, dutchLater));

        var replaced = copies.find(articleId).orElseThrow();
        assertThat(replaced.baseVersion()).isEqualTo(4);
        assertThat(replaced.texts()).containsExactlyEntriesOf(Map.of(Language.NL, dutchLater));
    }

    @Test
    void theNewArticleHasOneCopyPerEditorApartFromTheCopiesOfSavedArticles() {
        var articleId = anArticle();
        copies.keep(articleId, 0, Map.of(Language.NL, DUTCH));

        copies.keep(null, 0, Map.of(Language.FR, FRENCH));
        copies.keep(null, 0, Map.of(Language.NL, DUTCH));

        assertThat(copies.find(null).orElseThrow().texts()).containsOnlyKeys(Language.NL);
        assertThat(copies.find(articleId)).isPresent();
        copies.forget(null);
        assertThat(copies.find(null)).isEmpty();
        assertThat(copies.find(articleId)).as("the saved article's copy stays").isPresent();
    }

    @Test
    void anotherEditorNeitherSeesNorRemovesMyCopy() {
        var articleId = anArticle();
        copies.keep(articleId, 0, Map.of(Language.NL, DUTCH));
        copies.keep(null, 0, Map.of(Language.NL, DUTCH));

        asAdam(() -> {
            assertThat(copies.find(articleId)).isEmpty();
            assertThat(copies.find(null)).isEmpty();
            copies.forget(articleId);
            copies.forget(null);
        });

        assertThat(copies.find(articleId)).isPresent();
        assertThat(copies.find(null)).isPresent();
    }

    @Test
    void deletingTheArticleRemovesEveryCopyOfIt() {
        var articleId = anArticle();
        copies.keep(articleId, 0, Map.of(Language.NL, DUTCH));
        asAdam(() -> copies.keep(articleId, 0, Map.of(Language.FR, FRENCH)));

        editorial.delete(articleId, editorial.load(articleId).orElseThrow().version());

        assertThat(copies.find(articleId)).isEmpty();
        asAdam(() -> assertThat(copies.find(articleId)).isEmpty());
    }

    @Test
    void copiesOlderThanTheirLifetimeAreRemovedAndNewerOnesStay() {
        var outlived = Instant.now().minus(copies.lifetime()).minus(1, ChronoUnit.HOURS);
        repository.replace("eva", new KeptCopy(null, 0, outlived, Map.of(Language.NL, DUTCH)));
        var articleId = anArticle();
        copies.keep(articleId, 0, Map.of(Language.NL, DUTCH));

        assertThat(cleanup.removeOutlived()).isPositive();

        assertThat(copies.find(null)).isEmpty();
        assertThat(copies.find(articleId)).isPresent();
    }

    @Test
    @WithAnonymousUser
    void nobodySignedOutKeepsOrReadsCopies() {
        assertThatThrownBy(() -> copies.keep(null, 0, Map.of(Language.NL, DUTCH)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> copies.find(null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private long anArticle() {
        return editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 11, 30),
                        Map.of(
                                Language.NL,
                                new VersionDraft(
                                        "Bewaard bericht",
                                        "bewaard-bericht-kept-copies-test",
                                        "",
                                        "Tekst.",
                                        PublicationStatus.DRAFT,
                                        null)),
                        null,
                        null))
                .articleId();
    }

    /** Does something as another editor, then is Eva again. */
    private static void asAdam(Runnable action) {
        var eva = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(eva);
        }
    }
}
