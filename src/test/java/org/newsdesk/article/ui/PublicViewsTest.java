package org.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.article.WordsThatSeldomMeet;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.ui.NotFoundView;
import org.newsdesk.base.ui.PublicRoutes;
import org.newsdesk.publishing.SearchIndexer;
import org.newsdesk.theme.ThemeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The public views as a visitor uses them, on the demo content in a real MariaDB. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
class PublicViewsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ThemeService themes;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    NewsGridHandoff handoff;
    @Autowired
    DSLContext dsl;
    /** What the page wrote into the browser's page and the scripts it ran there, in order. */
    private final StringBuilder written = new StringBuilder();
    private final List<String> scripts = new ArrayList<>();

    @Test
    void newsGridShowsThePublishedArticlesOfItsLanguageNewestFirstAndLoadsMoreInPlace() {
        var all = titles(articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());

        navigate("fr", NewsGridView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Actualités");
        assertThat(all).hasSizeGreaterThan(NewsGridView.PAGE_SIZE);
        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(0, NewsGridView.PAGE_SIZE));
        var more = $(NativeButton.class).withText("Plus d'actualités").single();

        test(more).click();

        assertThat(shownTitles()).containsExactlyElementsOf(all);
        assertThat(more.isVisible()).isFalse();
    }

    @Test
    void scrollingTheButtonIntoViewLoadsMoreWithoutMovingFocusAndTheSessionKeepsNoCards() {
        var all = titles(articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());
        var view = navigate("fr", NewsGridView.class);
        var more = $(NativeButton.class).withText("Plus d'actualités").single();
        assertThat(shownTitles()).hasSize(NewsGridView.PAGE_SIZE);

        more.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(
                new DomEvent(more.getElement(), NewsGridView.SCROLLED_TO, JacksonUtils.createObjectNode()));

        assertThat(shownTitles()).containsExactlyElementsOf(all);
        assertThat(scripts).noneMatch(script -> script.contains("focus"));
        assertThat($(Html.class, view).exists()).isFalse();
        assertThat(view.getElement().getOuterHTML()).doesNotContain(all.getFirst()).doesNotContain("news-filters");
    }

    @Test
    void theLiveViewShowsThePageTheFirstResponseWasRenderedFromWithoutQueryingAgain() {
        var address = new NewsAddress("", null, null, null);
        var rendered = NewsGridContent.load(articles, themes, Language.DE, address);
        assertThat(rendered.page().cards()).hasSizeGreaterThan(1);
        // Not what a query gives now, so the page shown can only be the one handed over.
        var handedOver = new NewsGridContent(Language.DE, address, rendered.query(),
                new NewsPage(rendered.page().cards().subList(1, rendered.page().cards().size()), Optional.empty()),
                rendered.themes(), rendered.years());
        handoff.offer(handedOver);

        navigate("de", "");

        assertThat(shownTitles()).containsExactlyElementsOf(titles(handedOver.page().cards()));
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
        assertThat(stopped.getText()).isEqualTo("Het nieuws is doorzocht tot en met "
                + Formats.date(newest.minusDays(WordsThatSeldomMeet.SEARCH_BOUND - 1), Language.NL)
                + "; ouder nieuws nog niet.");
        assertThat($(Paragraph.class).withText("Geen nieuws gevonden voor deze zoekopdracht of filters.").exists())
                .isFalse();
        var searchOlder = $(NativeButton.class).withText("Zoek in ouder nieuws").single();
        assertThat(scripts).noneMatch(script -> script.contains("IntersectionObserver"));
        var withoutScripts = NewsGridContent.load(articles, themes, Language.NL,
                new NewsAddress(WordsThatSeldomMeet.QUERY, null, null, null)).nextLink().orElseThrow();
        assertThat(withoutScripts.text()).isEqualTo("Zoek in ouder nieuws");

        test(searchOlder).click();

        assertThat(stopped.getText()).contains(Formats.date(newest.minusDays(2 * WordsThatSeldomMeet.SEARCH_BOUND - 1),
                Language.NL));
        assertThat(searchOlder.isVisible()).isTrue();
        assertThat(scripts).noneMatch(script -> script.contains("IntersectionObserver"));
    }

    @Test
    void themeAndYearFiltersComeFromTheAddress() {
        var theme = themes.all(Language.NL).getFirst();
        var expected = titles(articles.news(Language.NL, new NewsQuery("", theme.id(), 2021), null, 100).cards());

        navigate("nl", "theme=" + theme.slug() + "&year=2021");

        assertThat(expected).isNotEmpty();
        assertThat(shownTitles()).containsExactlyElementsOf(expected);
        var form = filterForm();
        assertThat(form.select("#news-theme option[selected]").attr("value")).isEqualTo(theme.slug());
        assertThat(form.select("#news-year option[selected]").attr("value")).isEqualTo("2021");
    }

    @Test
    void searchWithoutMatchesSaysSoAndKeepsTheQueryInTheBox() {
        navigate("nl", "q=%22qwxyzzy%22+%25_");

        assertThat($(Paragraph.class).withText("Geen nieuws gevonden voor deze zoekopdracht of filters.").exists())
                .isTrue();
        assertThat(shownTitles()).isEmpty();
        assertThat(filterForm().select("#news-q").attr("value")).isEqualTo("\"qwxyzzy\" %_");
    }

    @Test
    void unknownThemeInTheAddressMatchesNothing() {
        navigate("en", "theme=no-such-theme");

        assertThat(shownTitles()).isEmpty();
        assertThat($(Paragraph.class).withText("No news matches your search or filters.").exists()).isTrue();
    }

    @Test
    void anAddressWithBeforeShowsThePageAfterThatCardAndMoreNewsContinuesInPlace() {
        var all = titles(articles.news(Language.FR, NewsQuery.EVERYTHING, null, 100).cards());
        var first = articles.news(Language.FR, NewsQuery.EVERYTHING, null, 1).next().orElseThrow();
        assertThat(all).hasSizeGreaterThan(1 + NewsGridView.PAGE_SIZE);

        navigate("fr", "before=" + first.publicationDate() + "." + first.articleId());

        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(1, 1 + NewsGridView.PAGE_SIZE));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").eachAttr("href"))
                .containsExactly("fr/");
        var more = $(NativeButton.class).withText("Plus d'actualités").single();

        test(more).click();

        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(1, all.size()));
    }

    @Test
    void aPageAfterACardKeepsTheFiltersAndLeadsBackToTheirNewestNews() {
        var theme = themes.bySlug(Language.NL, "mensenhandel").orElseThrow();
        var query = new NewsQuery("", theme.id(), null);
        var all = titles(articles.news(Language.NL, query, null, 100).cards());
        var first = articles.news(Language.NL, query, null, 1).next().orElseThrow();
        assertThat(all).hasSizeGreaterThan(1);

        navigate("nl", "theme=mensenhandel&before=" + first.publicationDate() + "." + first.articleId());

        assertThat(shownTitles()).containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").eachAttr("href"))
                .containsExactly("nl/?theme=mensenhandel");
        assertThat(filterForm().select("#news-theme option[selected]").attr("value")).isEqualTo("mensenhandel");
    }

    @Test
    void aPageAfterTheLastCardSaysThereIsNoOlderNews() {
        var all = articles.news(Language.NL, NewsQuery.EVERYTHING, null, ArticleService.MAX_PAGE_SIZE);
        assertThat(all.next()).isEmpty();
        var last = all.cards().getLast();

        navigate("nl", "before=" + last.publicationDate() + "." + last.articleId());

        assertThat(shownTitles()).isEmpty();
        assertThat($(Paragraph.class).withText("Er is geen ouder nieuws.").exists()).isTrue();
        assertThat($(NativeButton.class).exists()).as("a visible more-news button").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before=", "before=garbage", "before=2021-05-03", "before=2021-05-03.", "before=.12",
            "before=2021-02-30.12", "before=2021-13-01.12", "before=21-05-03.12", "before=0999-12-31.12",
            "before=2021-05-03.0", "before=2021-05-03.-12", "before=2021-05-03.12x",
            "before=2021-05-03.99999999999999999999", "before=%3Cscript%3E", "before=2021-05-03.12.13"})
    void aBeforeThatIsNoPlaceInTheNewsShowsTheNewestNews(String queryString) {
        var newest = titles(articles.news(Language.NL, NewsQuery.EVERYTHING, null, NewsGridView.PAGE_SIZE).cards());

        navigate("nl", queryString);

        assertThat(shownTitles()).containsExactlyElementsOf(newest);
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link")).isEmpty();
    }

    @Test
    void articlePageShowsTheArticleItsThemesTimelineAndItsTranslations() {
        var card = articles.news(Language.NL, new NewsQuery("Werelddag mensenhandel", null, null), null, 1)
                .cards().getFirst();
        var page = articles.published(Language.NL, card.slug()).orElseThrow();

        navigate("nl/news/" + card.slug(), ArticleView.class);

        var html = shownHtml();
        assertThat(Jsoup.parseBodyFragment(html).select("h1").text()).isEqualTo(card.title());
        assertThat(html).contains(Jsoup.parse(page.bodyHtml()).select("blockquote p").first().html());
        var years = Jsoup.parseBodyFragment(html).select(".timeline-year-label").eachText();
        assertThat(years).startsWith("In 2021").contains("In 2016").isSortedAccordingTo((a, b) -> b.compareTo(a));
        var switchLinks = Jsoup.parseBodyFragment(shownHtml()).select(".language-switch a").eachAttr("href");
        page.translations().forEach((language, slug) ->
                assertThat(switchLinks).contains(language.code() + "/news/" + slug));
    }

    @Test
    void backLinkReturnsToTheFilteredGrid() {
        navigate("nl", "year=2021");
        var slug = articles.news(Language.NL, new NewsQuery("", null, 2021), null, 1).cards().getFirst().slug();

        navigate("nl/news/" + slug, ArticleView.class);

        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").attr("href")).isEqualTo("nl/?year=2021");
    }

    @Test
    void themePageShowsItsTimelineAndNews() {
        var theme = themes.all(Language.DE).stream()
                .filter(each -> !themes.timeline(each.id(), Language.DE).isEmpty()).findFirst().orElseThrow();

        navigate("de/themes/" + theme.slug(), ThemeView.class);

        assertThat($(H1.class).single().getText()).isEqualTo(theme.name());
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select(".timeline-year-label").eachText())
                .contains("Im Jahr 2016");
    }

    @Test
    void timelineActionsLinkToTheirArticleOnlyWhereItIsPublishedInTheVisitorsLanguage() {
        var theme = themes.bySlug(Language.EN, "human-trafficking").orElseThrow();
        var actions = themes.timeline(theme.id(), Language.EN).stream().flatMap(year -> year.actions().stream())
                .toList();
        assertThat(actions).anyMatch(action -> action.articleSlug() != null)
                .anyMatch(action -> action.articleSlug() == null);

        navigate("en/themes/human-trafficking", ThemeView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml()).select(".timeline-action");
        assertThat(shown).hasSameSizeAs(actions);
        for (var index = 0; index < actions.size(); index++) {
            var action = actions.get(index);
            var links = shown.get(index).select("a").eachAttr("href");
            assertThat(shown.get(index).select("p").text()).isEqualTo(action.text());
            assertThat(links).isEqualTo(action.articleSlug() == null ? List.of()
                    : List.of(PublicRoutes.articlePath(Language.EN, action.articleSlug())));
        }
    }

    @Test
    void unknownArticleShowsTheFriendlyNotFoundPageInTheVisitorsLanguage() {
        navigate("de/news/this-article-does-not-exist", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Seite nicht gefunden");
    }

    /** Opens the news grid with a query string, which the browserless navigate(String, Class) refuses. */
    private void navigate(String path, String queryString) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(queryString));
        assertThat(getCurrentView()).isInstanceOf(NewsGridView.class);
    }

    /**
     * Everything the page shows as HTML: the fragments it keeps as components and, in the order they went out, those
     * it wrote into the browser's page without keeping them (which only a browser would put in place).
     */
    private String shownHtml() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        internals.dumpPendingJavaScriptInvocations().stream().map(PendingJavaScriptInvocation::getInvocation)
                .forEach(invocation -> {
                    scripts.add(invocation.getExpression());
                    if (invocation.getExpression().contains("HTML")) {
                        invocation.getParameters().stream().filter(String.class::isInstance).forEach(written::append);
                    }
                });
        return String.join("", $(Html.class).all().stream().map(html -> html.getElement().getOuterHTML()).toList())
                + written;
    }

    private List<String> shownTitles() {
        return Jsoup.parseBodyFragment(shownHtml()).select(".news-card-title a").eachText();
    }

    private Element filterForm() {
        return Jsoup.parseBodyFragment(shownHtml()).select("form.news-filters").last();
    }

    private static List<String> titles(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::title).toList();
    }
}
