package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's ways of taking a live version down and of putting it back: what each dialog asks, what it refuses
 * without changing anything, and what the publishing bar says afterwards. The article is the test's own, rolled
 * back afterwards.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
@WithMockUser(username = "tess-takedown-desk", roles = "EDITOR")
class TakedownDeskTest extends SpringBrowserlessTest {

    private static final String SLUG = "kade-afgesloten-takedowndesk";

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    long articleId;

    @BeforeEach
    void publishAnArticle() {
        articleId = SignedInEditor.as(
                        "wout-takedown-desk",
                        List.of("ROLE_EDITOR"),
                        () -> editorial.save(new ArticleDraft(
                                null,
                                0,
                                null,
                                LocalDate.of(2026, 6, 1),
                                Map.of(
                                        Language.NL,
                                        new VersionDraft(
                                                "Kade afgesloten",
                                                SLUG,
                                                "",
                                                "De kade is afgesloten.",
                                                PublicationStatus.PUBLISHED,
                                                null)),
                                null,
                                null)))
                .savedArticleId();
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(articleId)));
    }

    @Test
    void withdrawingAsksAReasonUnpublishingAPathOfTheSiteAndPuttingBackUndoesBoth() {
        assertThat(barActions()).containsExactly("Update", "Withdraw…", "Unpublish…", "Archive");

        click("Withdraw…");
        var withdrawal = $(WithdrawDialog.class).single();
        test($(Button.class, withdrawal).withText("Withdraw").single()).click();
        var reason = $(TextArea.class, withdrawal).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Tell readers why it was withdrawn.");
        assertThat(status()).as("nothing changed").isEqualTo(PublicationStatus.PUBLISHED);
        test(reason).setValue("De kade is toch open gebleven.");
        test($(Button.class, withdrawal).withText("Withdraw").single()).click();

        assertThat(status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(articles.readable(Language.NL, SLUG).orElseThrow().withdrawal())
                .isNotNull();
        assertThat(barActions()).containsExactly("Save", "Put back on the site", "Unpublish…");
        assertThat(takenDown()).isEqualTo("Banner: De kade is toch open gebleven.");

        click("Unpublish…");
        var unpublishing = $(UnpublishDialog.class).single();
        @SuppressWarnings("unchecked")
        var answer = (RadioButtonGroup<Boolean>)
                $(RadioButtonGroup.class, unpublishing).single();
        answer.setValue(true);
        var path =
                $(TextField.class, unpublishing).withLabel("Path of that page").single();
        test(path).setValue("https://elsewhere.example/news");
        test($(Button.class, unpublishing).withText("Unpublish").single()).click();
        assertThat(path.isInvalid()).isTrue();
        assertThat(path.getErrorMessage()).startsWith("That is no path of this site");
        assertThat(status()).as("nothing changed").isEqualTo(PublicationStatus.WITHDRAWN);
        test(path).setValue("/nl/themes");
        test($(Button.class, unpublishing).withText("Unpublish").single()).click();

        assertThat(status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(barActions()).containsExactly("Save", "Put back on the site");
        assertThat(takenDown()).isEqualTo("Its address leads to /nl/themes");

        click("Put back on the site");
        assertThat(status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(barActions()).containsExactly("Update", "Withdraw…", "Unpublish…", "Archive");
        assertThat($(Span.class).withClassName("publishing-taken-down").all()).isEmpty();
    }

    @Test
    void unsavedChangesAreSavedOrDiscardedBeforeAnyTakedown() {
        test($(TextArea.class).withLabel("Text (Markdown)").first()).setValue("De kade is weer open.");

        click("Withdraw…");

        assertThat($(WithdrawDialog.class).all()).isEmpty();
        assertThat(status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    private PublicationStatus status() {
        return editorial
                .load(articleId)
                .orElseThrow()
                .versions()
                .get(Language.NL)
                .status();
    }

    private List<String> barActions() {
        return $(Button.class, $(Div.class).withClassName("publishing-actions").single()).all().stream()
                .map(Button::getText)
                .toList();
    }

    private String takenDown() {
        return $(Span.class).withClassName("publishing-taken-down").single().getText();
    }

    private void click(String label) {
        test($(Button.class).withText(label).single()).click();
    }
}
