package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
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
 * The back office as a translator of French sees it: the article's French version to write, the Dutch one to read,
 * the shared fields and the publishing decisions out of reach, and no screens beyond articles and translations.
 * The article is the test's own, rolled back afterwards.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
@WithMockUser(
        username = "tina-translator",
        authorities = {"ROLE_TRANSLATOR", "LANGUAGE_fr"})
class TranslatorDeskTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    long articleId;

    @BeforeEach
    void anEditorPublishesInDutch() {
        articleId = SignedInEditor.during(() -> editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 4, 1),
                        Map.of(
                                Language.NL,
                                new VersionDraft(
                                        "Sluis vernieuwd",
                                        "sluis-vernieuwd-vertaaltest",
                                        "Een sluis is klaar.",
                                        "De sluis is na twee jaar klaar.",
                                        PublicationStatus.PUBLISHED,
                                        null)),
                        null,
                        null))
                .savedArticleId());
    }

    @Test
    void writesTheirLanguageAndReadsTheOthers() {
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(articleId)));

        assertThat($(ComboBox.class).withLabel("Theme").single().isReadOnly()).isTrue();
        assertThat($(DatePicker.class).withLabel("Publication date").single().isReadOnly())
                .isTrue();
        assertThat(title(Language.NL).isReadOnly()).isTrue();
        assertThat($(Button.class).withText("Delete article").exists()).isFalse();
        assertThat($(Button.class).withText("Unpublish…").exists()).isFalse();
        assertThat($(Button.class).withText("Withdraw…").exists()).isFalse();

        test(title(Language.FR)).setValue("Écluse rénovée");
        assertThat($(Button.class).withText("Publish").exists()).isFalse();
        assertThat($(Button.class).withText("Schedule…").exists()).isFalse();
        test($(Button.class).withText("Save draft").single()).click();

        var stored = editorial.load(articleId).orElseThrow().versions();
        assertThat(stored.get(Language.FR).title()).isEqualTo("Écluse rénovée");
        assertThat(stored.get(Language.FR).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(stored.get(Language.NL).title()).isEqualTo("Sluis vernieuwd");
    }

    @Test
    void startsNoArticlesAndSeesOnlyTheScreensOfTheirWork() {
        navigate(ArticleAdminListView.class);

        assertThat($(Button.class).withText("New article").exists()).isFalse();
        assertThat($(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactlyInAnyOrder("Start", "Articles", "Translations");

        // The address of a new article's editor leads a translator back to the list.
        navigate("admin/articles", ArticleAdminListView.class);
    }

    private TextField title(Language language) {
        $(TabSheet.class).single().setSelectedIndex(language.ordinal());
        var version = $(VersionEditor.class).all().stream()
                .filter(editor -> editor.language() == language)
                .findFirst()
                .orElseThrow();
        return $(TextField.class, version).withLabel("Title").single();
    }
}
