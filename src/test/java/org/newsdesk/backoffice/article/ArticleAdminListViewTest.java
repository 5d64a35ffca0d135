package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The article list as an editor reads it: every language's own state, counts per state, filters in the address. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class ArticleAdminListViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    private final String run = "Lijstproef" + (System.nanoTime() % 1_000_000);

    @BeforeEach
    void twoArticlesOfThisRun() {
        save(Map.of(
                Language.NL,
                version(run + " kade", "kade", PublicationStatus.PUBLISHED, null),
                Language.FR,
                version(run + " quai", "quai", PublicationStatus.SCHEDULED, Instant.parse("2031-01-15T13:00:00Z"))));
        save(Map.of(Language.FR, version(run + " seulement en français", "seul", PublicationStatus.DRAFT, null)));
    }

    @Test
    void eachLanguageVersionShowsItsOwnStateAndAScheduleItsTimeOnTheSitesClocks() {
        UI.getCurrent().setLocale(Locale.UK);
        showList(Map.of("q", run + " kade"));

        assertThat(grid().size()).isEqualTo(1);
        var states = grid().getCellComponent(0, 1);
        assertThat(states.getChildren().map(line -> line.getElement().getTextRecursively()))
                .containsExactly("nl●Published", "fr◷Scheduled 15 Jan 2031, 14:00 (Central European Time)");
    }

    @Test
    void theListCountsItsArticlesPerStateAndEachCountNarrowsTheList() {
        showList(Map.of("q", run));

        assertThat($(RouterLink.class).withClassName("state-count").all())
                .extracting(RouterLink::getText)
                .containsExactly(
                        "All 2",
                        "Drafts 1",
                        "In review 0",
                        "Scheduled 1",
                        "Published 1",
                        "Withdrawn 0",
                        "Unpublished 0",
                        "Archived 0");

        test(stateCount("Drafts 1")).click();

        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getRow(0).title()).isEqualTo(run + " seulement en français");
        assertThat(stateCount("Drafts 1").getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void theFiltersLiveInTheAddressSoThatReloadAndBackKeepThem() {
        showList(Map.of("q", run, "status", "scheduled", "lang", "fr"));

        assertThat($(TextField.class).single().getValue()).isEqualTo(run);
        assertThat($(Select.class).single().getValue()).isEqualTo(Language.FR);
        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getRow(0).title()).isEqualTo(run + " kade");

        test($(TextField.class).single()).setValue(run + " seulement");

        assertThat(addressParameters())
                .containsEntry("q", List.of(run + " seulement"))
                .containsEntry("status", List.of("scheduled"))
                .containsEntry("lang", List.of("fr"));
        assertThat(grid().size()).as("that article has no scheduled version").isZero();
    }

    @Test
    void nonsenseInTheAddressIsIgnoredRatherThanRefused() {
        showList(Map.of("q", run, "status", "whatever", "lang", "xx", "theme", "abc"));

        assertThat(grid().size()).isEqualTo(2);
    }

    @Test
    void aTitleIsShownInTheInterfaceLanguageWhenThereIsOneOtherwiseMarkedWithItsLanguage() {
        showList(Map.of("q", run));

        var french = rowTitled(run + " seulement en français");
        assertThat(grid().getCellComponent(french, 0).getElement().getTextRecursively())
                .isEqualTo(run + " seulement en français" + "fr");
        var dutch = rowTitled(run + " kade");
        assertThat(grid().getCellComponent(dutch, 0).getElement().getTextRecursively())
                .as("no English version: the first language's title, marked")
                .isEqualTo(run + " kade" + "nl");
    }

    private static void showList(Map<String, String> parameters) {
        UI.getCurrent().navigate(ArticleAdminListView.class, QueryParameters.simple(parameters));
    }

    private int rowTitled(String title) {
        for (var row = 0; row < grid().size(); row++) {
            if (grid().getRow(row).title().equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no row titled " + title);
    }

    private RouterLink stateCount(String text) {
        return $(RouterLink.class).withClassName("state-count").withText(text).single();
    }

    private static Map<String, List<String>> addressParameters() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<ArticleOverview>, ArticleOverview> grid() {
        return test((Grid<ArticleOverview>) $(Grid.class).single());
    }

    private void save(Map<Language, VersionDraft> versions) {
        editorial.save(new ArticleDraft(null, 0, null, LocalDate.of(2030, 6, 1), versions, null, null));
    }

    private VersionDraft version(String title, String slug, PublicationStatus status, Instant publishAt) {
        return new VersionDraft(
                title, run.toLowerCase(Locale.ROOT) + "-" + slug, "Inleiding.", "Tekst.", status, publishAt);
    }
}
