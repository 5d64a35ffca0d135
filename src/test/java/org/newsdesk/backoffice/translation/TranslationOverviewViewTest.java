package org.newsdesk.backoffice.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.translation.TranslationRow;
import org.newsdesk.translation.TranslationState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor finds the translations that lag behind their source and opens one on its language. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class TranslationOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    @Test
    void outdatedFrenchIsAnAddressThatListsItAndItsCellOpensTheFrenchTab() {
        var id = publishedWithCorrectedDutch();

        UI.getCurrent()
                .navigate(
                        TranslationOverviewView.class,
                        QueryParameters.simple(Map.of("lang", "fr", "state", "outdated")));

        @SuppressWarnings("unchecked")
        Grid<TranslationRow> grid = $(Grid.class).single();
        var rows = test(grid).size();
        var found = -1;
        for (var row = 0; row < rows; row++) {
            if (test(grid).getRow(row).articleId() == id) {
                found = row;
            }
        }
        assertThat(found).as("the corrected article is listed").isGreaterThanOrEqualTo(0);
        var french = (StandingCell) test(grid).getCellComponent(found, "fr");
        assertThat(french.getElement().getTextRecursively())
                .contains("Published")
                .contains("Outdated since");
        assertThat(TranslationOverviewView.editorLanguage(test(grid).getRow(found), "fr"))
                .isEqualTo(Language.FR);
        var dutch = (StandingCell) test(grid).getCellComponent(found, "nl");
        assertThat(dutch.getElement().getTextRecursively()).contains("Original");
        var german = (StandingCell) test(grid).getCellComponent(found, "de");
        assertThat(german.getElement().getTextRecursively()).contains("Missing");
        @SuppressWarnings("unchecked")
        Select<TranslationState> state = $(Select.class).withLabel("State").single();
        assertThat(state.getValue()).isEqualTo(TranslationState.OUTDATED);

        test(grid).clickRow(found);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("a click on the row opens the editor on the title's language")
                .isEqualTo("admin/articles/" + id + "?lang=nl");
    }

    @Test
    void theCountOfOutdatedPublishedVersionsLinksToThem() {
        publishedWithCorrectedDutch();

        UI.getCurrent().navigate(TranslationOverviewView.class);

        var note = $(OutdatedTranslationsNote.class).single();
        var french = $(Anchor.class, note).all().stream()
                .filter(link -> link.getText().startsWith("Français "))
                .findFirst()
                .orElseThrow();
        assertThat(french.getHref()).isEqualTo("admin/translations?lang=fr&state=outdated");
    }

    private long publishedWithCorrectedDutch() {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.put(
                Language.NL,
                new VersionDraft("Sluis", "", "", "De sluis is 30 meter.", PublicationStatus.PUBLISHED, null));
        versions.put(
                Language.FR,
                new VersionDraft("Écluse", "", "", "L'écluse fait 30 mètres.", PublicationStatus.PUBLISHED, null));
        var saved = editorial.save(new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null));
        var corrected = new EnumMap<>(saved.versions());
        var nl = corrected.get(Language.NL);
        corrected.put(
                Language.NL,
                new VersionDraft(
                        nl.title(), nl.slug(), "", "De sluis is 32 meter.", PublicationStatus.PUBLISHED, null));
        editorial.save(new ArticleDraft(
                saved.articleId(), saved.version(), null, saved.publicationDate(), corrected, null, null));
        return saved.articleId();
    }
}
