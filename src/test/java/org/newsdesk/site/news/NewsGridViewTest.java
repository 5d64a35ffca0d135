package org.newsdesk.site.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.SignedInEditor;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.article.WordsThatSeldomMeet;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.search.SearchIndexer;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public news grid as a visitor uses it, in a real MariaDB, with news of the test's own: a story under a theme
 * of its own in Dutch and French, another Dutch article under that theme, more than a page of French news and a
 * little German news.
 */
class NewsGridViewTest extends PublicPageTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 31);

    @Autowired
    ArticleService articles;

    @Autowired
    ThemeService themes;

    @Autowired
    FeaturedNews featuredNews;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    NewsGridHandoff handoff;

    @Autowired
    DSLContext dsl;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timeline;

    PublishedStory story;
    List<ExtraNews> news;

    @BeforeEach
    void publishNews() {
        story = PublishedStory.publish(editorial, themeAdministration, timeline, LocalDate.of(2021, 5, 3));
        news = SignedInEditor.during(() -> List.of(
                ExtraNews.publishUnder(editorial, story.themeId(), Language.NL, 1, LocalDate.of(2021, 5, 2)),
                ExtraNews.publish(editorial, Language.FR, NewsGridContent.PAGE_SIZE + 1, LONG_AGO),
                ExtraNews.publish(editorial, Language.DE, 2, LONG_AGO)));
    }

    @AfterEach
    void removeNews() {
        SignedInEditor.during(() -> {
            news.forEach(ExtraNews::close);
            return null;
        });
        story.close();
    }

    /** What the first page and one "more" show of the given news. */
    private static List<String> twoPagesOf(List<String> titles) {
        return titles.subList(0, Math.min(titles.size(), 2 * NewsGridContent.PAGE_SIZE));
    }

    @Test
    void newsGridShowsThePublishedArticlesOfItsLanguageNewestFirstAndLoadsMoreInPlace() {
        var all = titles(
                articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());

        navigate("fr", NewsGridView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Actualités");
        assertThat(all).hasSizeGreaterThan(NewsGridContent.PAGE_SIZE);
        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(0, NewsGridContent.PAGE_SIZE));
        var more = $(NativeButton.class).withText("Plus d'actualités").single();

        test(more).click();

        assertThat(shownTitles()).containsExactlyElementsOf(twoPagesOf(all));
        assertThat(more.isVisible()).isEqualTo(all.size() > 2 * NewsGridContent.PAGE_SIZE);
    }

    @Test
    void scrollingTheButtonIntoViewLoadsMoreWithoutMovingFocusAndTheSessionKeepsNoCards() {
        var all = titles(
                articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());
        var view = navigate("fr", NewsGridView.class);
        var more = $(NativeButton.class).withText("Plus d'actualités").single();
        assertThat(shownTitles()).hasSize(NewsGridContent.PAGE_SIZE);

        more.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(more.getElement(), NewsGridView.SCROLLED_TO, JacksonUtils.createObjectNode()));

        assertThat(shownTitles()).containsExactlyElementsOf(twoPagesOf(all));
        assertThat(scripts).noneMatch(script -> script.contains("focus"));
        assertThat($(Html.class, view).exists()).isFalse();
        assertThat(view.getElement().getOuterHTML())
                .doesNotContain(all.getFirst())
                .doesNotContain("news-filters");
    }

    @Test
    void theLiveViewShowsThePageTheFirstResponseWasRenderedFromWithoutQueryingAgain() {
        var address = new NewsAddress("", null, null, null);
        var rendered = NewsGridContent.load(articles, themes, featuredNews, Language.DE, address);
        assertThat(rendered.page().cards()).hasSizeGreaterThan(1);
        // Not what a query gives now, so the page shown can only be the one handed over.
        var handedOver = new NewsGridContent(
                Language.DE,
                address,
                rendered.query(),
                rendered.featured(),
                new NewsPage(
                        rendered.page()
                                .cards()
                                .subList(1, rendered.page().cards().size()),
                        Optional.empty()),
                rendered.themes(),
                rendered.years());
        handoff.offer(handedOver);

        navigate("de", "");

        assertThat(shownTitles())
                .containsExactlyElementsOf(titles(handedOver.page().cards()));
        assertThat(handoff.take(Language.DE, address)).as("taken once").isEmpty();
    }

    /**
     * Words that are each in thousands of articles and never together: the search stops at its bound, says how
     * far back it looked, and searches on only when the visitor asks (scrolling would walk the whole archive).
     */
    @Test
    @Transactional
    void aSearchThatStopsShortSaysHowFarBackItLookedAndSearchesOlderNewsOnRequest() {
        var newest = WordsThatSeldomMeet.insertAfter(dsl, LocalDate.of(2990, 1, 1));
        indexer.catchUp();

        navigate("nl", "q=" + WordsThatSeldomMeet.QUERY.replace(' ', '+'));

        assertThat(shownTitles()).isEmpty();
        var stopped = $(Paragraph.class).withClassName("search-stopped").single();
        assertThat(stopped.getText())
                .isEqualTo("Het nieuws is doorzocht tot en met "
                        + Formats.date(newest.minusDays(WordsThatSeldomMeet.SEARCH_BOUND - 1), Language.NL)
                        + "; ouder nieuws nog niet.");
        assertThat($(Paragraph.class)
                        .withText("Geen nieuws gevonden voor deze zoekopdracht of filters.")
                        .exists())
                .isFalse();
        var searchOlder = $(NativeButton.class).withText("Zoek in ouder nieuws").single();
        assertThat(scripts).noneMatch(script -> script.contains("IntersectionObserver"));
        var withoutScripts = NewsGridContent.load(
                        articles,
                        themes,
                        featuredNews,
                        Language.NL,
                        new NewsAddress(WordsThatSeldomMeet.QUERY, null, null, null))
                .nextLink()
                .orElseThrow();
        assertThat(withoutScripts.text()).isEqualTo("Zoek in ouder nieuws");

        test(searchOlder).click();

        assertThat(stopped.getText())
                .contains(Formats.date(newest.minusDays(2 * WordsThatSeldomMeet.SEARCH_BOUND - 1), Language.NL));
        assertThat(searchOlder.isVisible()).isTrue();
        assertThat(scripts).noneMatch(script -> script.contains("IntersectionObserver"));
    }

    @Test
    void themeAndYearFiltersComeFromTheAddress() {
        var slug = story.themeSlug(Language.NL);
        var expected = titles(articles.news(Language.NL, new NewsQuery("", story.themeId(), 2021), null, 100)
                .cards());

        navigate("nl", "theme=" + slug + "&year=2021");

        assertThat(expected).isNotEmpty();
        assertThat(shownTitles()).containsExactlyElementsOf(expected);
        var form = filterForm();
        assertThat(form.select("#news-theme option[selected]").attr("value")).isEqualTo(slug);
        assertThat(form.select("#news-year option[selected]").attr("value")).isEqualTo("2021");
    }

    /**
     * The live grid and the first response render their cards alike (NewsGridContent.cards): both mark what the
     * search found in each teaser, and the teaser's markup and the visitor's stay text.
     */
    @Test
    @Transactional
    void aSearchMarksTheWordsItFoundInTheTeasersAndEscapesEverythingElse() {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(LocalDate.of(2990, 1, 1))
                .returning(ARTICLE.ID)
                .fetchSingle()
                .getId();
        dsl.insertInto(
                        ARTICLE_TRANSLATION,
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        ARTICLE_TRANSLATION.STATUS)
                .values(
                        id,
                        Language.NL,
                        "Grensoverleg",
                        "grensoverleg-gemarkeerd",
                        "<script>alert(1)</script> Nauwe Samenwerking over <b>grenzen</b> heen",
                        "",
                        PublicationStatus.PUBLISHED)
                .execute();
        indexer.catchUp();
        // Every word must be found, so the hostile query's words are the teaser's.
        var query = "<b>samenwerken</b> <script>grenzen";

        navigate("nl", "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

        var live =
                Jsoup.parseBodyFragment(shownHtml()).select(".news-card-teaser").first();
        var first = NewsGridContent.cards(
                        articles.news(Language.NL, new NewsQuery(query, null, null), null, 1),
                        Language.NL,
                        new NewsQuery(query, null, null))
                .selectFirst(".news-card-teaser");
        for (var teaser : Arrays.asList(live, first)) {
            assertThat(teaser).isNotNull();
            assertThat(teaser.select("mark").eachText()).containsExactly("script", "script", "Samenwerking", "grenzen");
            assertThat(teaser.select("b, script")).isEmpty();
            assertThat(teaser.html())
                    .isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; Nauwe "
                            + "<mark>Samenwerking</mark> over &lt;b&gt;<mark>grenzen</mark>&lt;/b&gt; heen");
        }
    }

    @Test
    void searchWithoutMatchesSaysSoAndKeepsTheQueryInTheBox() {
        navigate("nl", "q=%22qwxyzzy%22+%25_");

        assertThat($(Paragraph.class)
                        .withText("Geen nieuws gevonden voor deze zoekopdracht of filters.")
                        .exists())
                .isTrue();
        assertThat(shownTitles()).isEmpty();
        assertThat(filterForm().select("#news-q").attr("value")).isEqualTo("\"qwxyzzy\" %_");
    }

    @Test
    void unknownThemeInTheAddressMatchesNothing() {
        navigate("en", "theme=no-such-theme");

        assertThat(shownTitles()).isEmpty();
        assertThat($(Paragraph.class)
                        .withText("No news matches your search or filters.")
                        .exists())
                .isTrue();
    }

    @Test
    void anAddressWithBeforeShowsThePageAfterThatCardAndMoreNewsContinuesInPlace() {
        var all = titles(
                articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());
        var first =
                articles.news(Language.FR, NewsQuery.EVERYTHING, null, 1).next().orElseThrow();
        assertThat(all).hasSizeGreaterThan(1 + NewsGridContent.PAGE_SIZE);

        navigate("fr", "before=" + first.publicationDate() + "." + first.articleId());

        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(1, 1 + NewsGridContent.PAGE_SIZE));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").eachAttr("href"))
                .containsExactly("fr/");
        var more = $(NativeButton.class).withText("Plus d'actualités").single();

        test(more).click();

        assertThat(shownTitles()).containsExactlyElementsOf(twoPagesOf(all.subList(1, all.size())));
    }

    @Test
    void aPageAfterACardKeepsTheFiltersAndLeadsBackToTheirNewestNews() {
        var slug = story.themeSlug(Language.NL);
        var query = new NewsQuery("", story.themeId(), null);
        var all = titles(articles.news(Language.NL, query, null, 100).cards());
        var first = articles.news(Language.NL, query, null, 1).next().orElseThrow();
        assertThat(all).hasSizeGreaterThan(1);

        navigate("nl", "theme=" + slug + "&before=" + first.publicationDate() + "." + first.articleId());

        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").eachAttr("href"))
                .containsExactly("nl/?theme=" + slug);
        assertThat(filterForm().select("#news-theme option[selected]").attr("value"))
                .isEqualTo(slug);
    }

    @Test
    void aPageAfterTheLastCardSaysThereIsNoOlderNews() {
        var all = articles.news(Language.NL, NewsQuery.EVERYTHING, null, ArticleService.MAX_PAGE_SIZE);
        assertThat(all.next()).isEmpty();
        var last = all.cards().getLast();

        navigate("nl", "before=" + last.publicationDate() + "." + last.articleId());

        assertThat(shownTitles()).isEmpty();
        assertThat($(Paragraph.class).withText("Er is geen ouder nieuws.").exists())
                .isTrue();
        assertThat($(NativeButton.class).exists())
                .as("a visible more-news button")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "before=",
                "before=garbage",
                "before=2021-05-03",
                "before=2021-05-03.",
                "before=.12",
                "before=2021-02-30.12",
                "before=2021-13-01.12",
                "before=21-05-03.12",
                "before=0999-12-31.12",
                "before=2021-05-03.0",
                "before=2021-05-03.-12",
                "before=2021-05-03.12x",
                "before=2021-05-03.99999999999999999999",
                "before=%3Cscript%3E",
                "before=2021-05-03.12.13"
            })
    void aBeforeThatIsNoPlaceInTheNewsShowsTheNewestNews(String queryString) {
        var newest = titles(articles.news(Language.NL, NewsQuery.EVERYTHING, null, NewsGridContent.PAGE_SIZE)
                .cards());

        navigate("nl", queryString);

        assertThat(shownTitles()).containsExactlyElementsOf(newest);
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link")).isEmpty();
    }

    @Override
    protected void navigate(String path, String queryString) {
        super.navigate(path, queryString);
        assertThat(getCurrentView()).isInstanceOf(NewsGridView.class);
    }
}
