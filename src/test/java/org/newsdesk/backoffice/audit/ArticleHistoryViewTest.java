package org.newsdesk.backoffice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE_DAILY_VIEW_COUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.corrections.ChangeKind;
import org.newsdesk.corrections.ChangeNote;
import org.newsdesk.counting.Readership;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.NoteKind;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** One article's history in the back office: every kind of event, newest first, in sentences. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = ArticleHistoryViewTest.HANNA, roles = "EDITOR")
class ArticleHistoryViewTest extends SpringBrowserlessTest {

    static final String HANNA = "history-hanna";

    @Autowired
    DSLContext dsl;

    @Autowired
    EditorialService editorial;

    @Autowired
    InternalNotes notes;

    @Autowired
    Readership readership;

    @Test
    void theHistoryTellsWhatHappenedToEveryVersionNewestFirst() {
        TestAccounts.create(dsl, HANNA, "Hanna Historian", TestAccounts.NO_PASSWORD, Role.EDITOR);
        var slug = "history-" + UUID.randomUUID().toString().substring(0, 8);
        var article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 10, 1),
                Map.of(
                        Language.EN,
                        new VersionDraft(
                                "Ferry timetable",
                                slug,
                                "New times.",
                                "Ferries leave at 8.",
                                PublicationStatus.PUBLISHED,
                                null)),
                null,
                null));
        notes.add(article.savedArticleId(), Language.EN, NoteKind.NOTE, "Checked with the port authority.");
        var versions = new EnumMap<>(article.versions());
        var english = versions.get(Language.EN);
        versions.put(
                Language.EN,
                new VersionDraft(
                        english.title(), slug, english.teaser(), "Ferries leave at 9.", english.status(), null));
        editorial.save(
                article.withVersions(versions),
                Map.of(Language.EN, new ChangeNote(ChangeKind.CORRECTION, "The first time given was wrong.")));

        navigate("admin/articles/" + article.savedArticleId() + "/history", ArticleHistoryView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("History of “Ferry timetable”");
        assertThat(sentences())
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("Hanna Historian told readers of the en version — Correction: "
                                + "The first time given was wrong."))
                .anySatisfy(line -> assertThat(line).startsWith("Hanna Historian published “Ferry timetable” (en)"))
                .anySatisfy(line ->
                        assertThat(line).isEqualTo("Hanna Historian noted (en): Checked with the port authority."))
                .filteredOn(line -> line.startsWith("Hanna Historian saved the en version (Published)"))
                .hasSize(2);
        assertThat(sentences().getLast())
                .as("the oldest last: the first save or its publication")
                .contains("Ferry");
    }

    @Test
    void theHistoryFoldsAwayTheArticlesViewsPerDayAndLanguage() {
        var article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 10, 2),
                Map.of(
                        Language.FR,
                        new VersionDraft(
                                "Horaires du bac",
                                "horaires-bac-" + UUID.randomUUID().toString().substring(0, 8),
                                "",
                                "Le bac part à 8 h.",
                                PublicationStatus.PUBLISHED,
                                null)),
                null,
                null));
        dsl.insertInto(ARTICLE_DAILY_VIEW_COUNT)
                .set(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID, article.savedArticleId())
                .set(ARTICLE_DAILY_VIEW_COUNT.LANG, Language.FR)
                .set(ARTICLE_DAILY_VIEW_COUNT.DAY, readership.today().minusDays(1))
                .set(ARTICLE_DAILY_VIEW_COUNT.VIEWS, 42L)
                .execute();

        navigate("admin/articles/" + article.savedArticleId() + "/history", ArticleHistoryView.class);

        var views = $(Details.class).single();
        assertThat(views.getSummaryText()).isEqualTo("Views per day of the last 30 days");
        var chart = Jsoup.parse($(Html.class, views).single().getInnerHtml());
        assertThat(chart.select("polyline").eachAttr("data-language"))
                .as("this article's only language")
                .containsExactly("fr");
        assertThat(chart.select("svg").attr("aria-label")).endsWith(": 42 in all.");
    }

    private List<String> sentences() {
        var grid = test($(Grid.class).single());
        var lines = new ArrayList<String>();
        for (var row = 0; row < grid.size(); row++) {
            lines.add(grid.getCellComponent(row, 1).getElement().getTextRecursively());
        }
        return lines;
    }
}
