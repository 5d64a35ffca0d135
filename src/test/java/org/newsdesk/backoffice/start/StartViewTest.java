package org.newsdesk.backoffice.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE_DAILY_VIEW_COUNT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.counting.Readership;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page as an editor finds it in the morning: what waits on the desk, with links to the lists that hold
 * it, the most read articles, and the chart of views per day. The test's article and views are rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
@WithMockUser(username = "stella-start-test", roles = "EDITOR")
class StartViewTest extends SpringBrowserlessTest {

    /** More than any other test's article gets, so that this one leads the most read. */
    private static final long LOTS = 1_000_000_000_000_000L;

    @Autowired
    EditorialService editorial;

    @Autowired
    Readership readership;

    @Autowired
    DSLContext dsl;

    long articleId;
    LocalDate today;

    @BeforeEach
    void anArticleReadAllWeek() {
        articleId = SignedInEditor.as(
                        "sam-start-test",
                        List.of("ROLE_EDITOR"),
                        () -> editorial.save(new ArticleDraft(
                                null,
                                0,
                                null,
                                LocalDate.of(2026, 11, 2),
                                Map.of(
                                        Language.EN,
                                        new VersionDraft(
                                                "Ferry timetable restored",
                                                "ferry-timetable-start-test",
                                                "",
                                                "The ferries run again.",
                                                PublicationStatus.PUBLISHED,
                                                null)),
                                null,
                                null)))
                .savedArticleId();
        today = readership.today();
        views(Language.EN, today, LOTS);
        views(Language.EN, today.minusDays(2), LOTS);
        navigate(StartView.class);
    }

    @Test
    void theDeskListsWhatWaitsWithALinkToEachList() {
        assertThat($(H1.class).single().getText()).isEqualTo("Start");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly("Waiting on the desk", "Most read", "Views over time");
        assertThat($(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains(
                        "admin?review=mine",
                        "admin?drafts=mine",
                        "admin?status=draft",
                        "admin?status=scheduled",
                        "admin/translations?state=outdated");
        assertThat($(Span.class).withClassName("start-count").all())
                .as("a figure before each task")
                .hasSize(6)
                .allSatisfy(count -> assertThat(count.getText()).matches("\\d[\\d,.\\s]*"));
    }

    @Test
    void myDraftsCountTheDraftsIWroteLastOnly() {
        assertThat(countOf("articles with your drafts")).isEqualTo("0");
        editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 11, 3),
                Map.of(
                        Language.EN,
                        new VersionDraft(
                                "Half-written", "half-written-start-test", "", "", PublicationStatus.DRAFT, null)),
                null,
                null));

        navigate(StartView.class);

        assertThat(countOf("articles with your drafts")).isEqualTo("1");
    }

    private String countOf(String task) {
        return $(ListItem.class).all().stream()
                .filter(item -> $(Anchor.class, item).withText(task).exists())
                .map(item -> $(Span.class, item)
                        .withClassName("start-count")
                        .single()
                        .getText())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMostReadLeadToTheirEditorAndTheChartDrawsEachLanguagesDays() {
        var mostRead = $(Anchor.class).withText("Ferry timetable restored").all();
        assertThat(mostRead).as("in the 7 and the 30 days").hasSize(2);
        assertThat(mostRead.getFirst().getHref()).isEqualTo("admin/articles/" + articleId);

        var figure = Jsoup.parse($(Html.class).single().getInnerHtml());
        assertThat(figure.select("svg[role=img]").attr("aria-label")).startsWith("Views per day of the last 30 days");
        var english = figure.select("polyline[data-language=en]");
        assertThat(english).hasSize(1);
        assertThat(english.attr("points").split(" ")).as("one point a day").hasSize(30);
        assertThat(figure.select("details table tbody tr")).hasSize(30);
    }

    private void views(Language language, LocalDate day, long views) {
        dsl.insertInto(ARTICLE_DAILY_VIEW_COUNT)
                .set(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID, articleId)
                .set(ARTICLE_DAILY_VIEW_COUNT.LANG, language)
                .set(ARTICLE_DAILY_VIEW_COUNT.DAY, day)
                .set(ARTICLE_DAILY_VIEW_COUNT.VIEWS, views)
                .execute();
    }
}
