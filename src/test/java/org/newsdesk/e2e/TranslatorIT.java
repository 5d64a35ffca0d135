package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.save;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A translator of French in a real browser: the Dutch source to read, the French version to write, no more. */
class TranslatorIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EditorialService editorial;

    private String translator;
    private long articleId;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeEach
    void anEditorPublishesInDutchAndATranslatorOfFrenchSignsIn() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        articleId = SignedInEditor.during(() -> editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 5, 4),
                        Map.of(
                                Language.NL,
                                new VersionDraft(
                                        "Dijk versterkt " + run,
                                        "",
                                        "De dijk is hoger.",
                                        "De dijk is een meter hoger gemaakt.",
                                        PublicationStatus.PUBLISHED,
                                        null)),
                        null,
                        null))
                .savedArticleId());
        translator = ThrowawayEditors.translator(dsl, passwords, "Fleur Traductrice", Language.FR);
    }

    @AfterEach
    void removeTheArticleAndTheAccount() {
        context.close();
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(articleId)).execute();
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(translator)).execute();
    }

    @Test
    void readsTheDutchSourceAndWritesOnlyTheFrenchVersion() {
        page.navigate(url("/admin/articles/" + articleId));
        SignInForm.signIn(page, translator, ThrowawayEditors.PASSWORD);
        // Signed in, the editor's address again without the sign-in's ?continue.
        assertThat(visible(page.locator(".read-only-note"))).isVisible(PATIENTLY);
        page.navigate(url("/admin/articles/" + articleId));

        var note = visible(page.locator(".read-only-note"));
        assertThat(note).isVisible(PATIENTLY);
        assertThat(note).containsText("You translate other languages");
        assertThat(visible(page.getByLabel("Title"))).not().isEditable();
        assertThat(action(page, "Unpublish…")).hasCount(0);
        assertThat(action(page, "Withdraw…")).hasCount(0);
        Screenshots.desktopAndPhone(page, "translator-source");

        page.getByRole(
                        AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Français").setExact(true))
                .click();
        write(page, "Digue renforcée", "La digue a été rehaussée d'un mètre.");
        assertThat(action(page, "Publish")).hasCount(0);
        save(page, "Save draft");
        Screenshots.desktopAndPhone(page, "translator-french");

        var stored = SignedInEditor.during(() -> editorial.load(articleId).orElseThrow());
        assertThat(stored.versions().get(Language.FR).title()).isEqualTo("Digue renforcée");
        assertThat(stored.versions().get(Language.FR).status()).isEqualTo(PublicationStatus.DRAFT);

        page.navigate(url("/admin"));
        assertThat(visible(page.locator("vaadin-grid"))).isVisible(PATIENTLY);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New article")))
                .hasCount(0);
    }
}
