package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.autosave.KeptCopies;
import org.newsdesk.autosave.KeptText;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.presence.EditingPresence;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.security.EditingRights;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody reaches another person's data by naming its id: what belongs to one editor (kept copies, the presence of
 * their open tab) is out of reach of another who knows the article and the key, a preview link opens by its token
 * alone (never by an id), and a translator names a language or a link that is not theirs in vain
 * ({@code TranslatorRightsTest} covers what their saves send). Rolled back.
 */
@SpringBootTest
@Transactional
class GuessedIdsTest {

    private static final KeptText HALF_DONE = new KeptText("Half af", "half-af", "", "Nog niet af");

    @Autowired
    KeptCopies copies;

    @Autowired
    EditingPresence presence;

    @Autowired
    EditorialService editorial;

    @Autowired
    PreviewLinks previewLinks;

    long articleId;

    @BeforeEach
    void anArticle() {
        articleId = SignedInEditor.during(() -> ExtraNews.drafts(editorial, Language.NL, 1, LocalDate.of(2016, 2, 1))
                .ids()
                .getFirst());
    }

    @Test
    void anotherEditorNeitherFindsNorForgetsNorOverwritesYourKeptCopy() {
        as("eva", () -> copies.keep(articleId, 0, Map.of(Language.NL, HALF_DONE)));

        assertThat(as("mallory", () -> copies.find(articleId))).isEmpty();
        as("mallory", () -> {
            copies.forget(articleId);
            return copies.keep(articleId, 0, Map.of(Language.NL, new KeptText("Overschreven", "", "", "")));
        });

        assertThat(as("eva", () -> copies.find(articleId)))
                .hasValueSatisfying(copy -> assertThat(copy.texts()).containsEntry(Language.NL, HALF_DONE));
    }

    @Test
    void anotherEditorWhoKnowsYourTabsKeyCannotEndYourPresence() {
        as("eva", () -> presence.renew(articleId, "eva-tab", 0));

        as("mallory", () -> {
            presence.leave(articleId, "eva-tab");
            return null;
        });

        assertThat(as("tom", () -> presence.renew(articleId, "tom-tab", 0)).othersEditing())
                .contains("eva");
    }

    @Test
    void aTranslatorCannotConfirmOrRetargetAnotherLanguageByNamingIt() {
        var translator = new String[] {
            "ROLE_TRANSLATOR", EditingRights.authorityFor(Language.FR).getAuthority()
        };

        assertThatThrownBy(() -> as("tina", translator, () -> {
                    editorial.confirmTranslation(articleId, Language.NL);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("tina", translator, () -> {
                    editorial.translateFrom(articleId, Language.NL, Language.FR);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPreviewLinkOpensByItsTokenOnlyAndATranslatorRevokesNoOtherLanguagesLinkByItsId() {
        var link = as("eva", () -> previewLinks.create(articleId, Language.NL, 7));
        var translator = new String[] {
            "ROLE_TRANSLATOR", EditingRights.authorityFor(Language.FR).getAuthority()
        };

        assertThat(previewLinks.peek(Language.NL, Long.toString(link.link().id())))
                .isEmpty();
        assertThat(previewLinks.peek(Language.NL, Long.toString(articleId))).isEmpty();
        assertThatThrownBy(() -> as("tina", translator, () -> {
                    previewLinks.revoke(link.link().id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(previewLinks.peek(Language.NL, link.token())).isPresent();
    }

    private static <T> T as(String editor, Supplier<T> work) {
        return as(editor, new String[] {"ROLE_EDITOR"}, work);
    }

    private static <T> T as(String username, String[] authorities, Supplier<T> work) {
        return SignedInEditor.as(username, List.of(authorities), work);
    }
}
