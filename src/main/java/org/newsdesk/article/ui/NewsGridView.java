package org.newsdesk.article.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsCursor;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.ui.PublicLayout;
import org.newsdesk.base.ui.PublicRoutes;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;

/**
 * The public news of one language: search and filters (kept in the URL), then the newest matching articles as
 * cards, with "more news" appending the next page in place.
 */
@Route(value = ":lang(" + Language.ROUTE_PATTERN + ")", layout = PublicLayout.class)
@AnonymousAllowed
class NewsGridView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 12;

    private final ArticleService articles;
    private final ThemeService themes;
    private final Div results = new Div();
    private final NativeButton more = new NativeButton();
    private Language language = Language.DEFAULT;
    private NewsQuery query = NewsQuery.EVERYTHING;
    private NewsCursor next;

    NewsGridView(ArticleService articles, ThemeService themes) {
        this.articles = articles;
        this.themes = themes;
        addClassName("news-page");
        results.addClassName("news-results");
        more.addClassName("more-news-button");
        more.addClickListener(click -> showNextPage());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = PublicRoutes.enter(event);
        var parameters = event.getLocation().getQueryParameters();
        var text = single(parameters, "q").orElse("");
        var themeSlug = single(parameters, "theme").orElse(null);
        var year = single(parameters, "year").flatMap(NewsGridView::parseYear).orElse(null);
        var theme = Optional.ofNullable(themeSlug).flatMap(slug -> themes.bySlug(language, slug));
        query = new NewsQuery(text, theme.map(Theme::id).orElse(null), year);
        GridReturnPath.remember(language, parameters.getQueryString());

        removeAll();
        results.removeAll();
        var locale = language.locale();
        var heading = new H1(query.isSearch() ? getTranslation(locale, "grid.searchTitle", query.text())
                : getTranslation(locale, "grid.title"));
        heading.addClassName("page-title");
        add(heading, new Html(NewsFilterForm.render(language,
                        new NewsFilterForm.Selection(query.text(), themeSlug, year), themes.all(language),
                        articles.publicationYears(language))),
                results, more);
        var unknownTheme = themeSlug != null && theme.isEmpty();
        showFirstPage(unknownTheme ? new NewsPage(List.of(), Optional.empty())
                : articles.news(language, query, null, PAGE_SIZE));
    }

    private void showFirstPage(NewsPage page) {
        if (page.cards().isEmpty()) {
            var key = query.isFiltered() ? "grid.noMatch" : "grid.empty";
            results.add(new Paragraph(getTranslation(language.locale(), key)));
        }
        append(page);
    }

    private void showNextPage() {
        var pageStart = results.getComponentCount();
        append(articles.news(language, query, next, PAGE_SIZE));
        // Keyboard and screen reader users continue at the first new card rather than at the top.
        getElement().executeJs("const cards = this.querySelectorAll('.news-results > ul');"
                + "const link = cards[$0] && cards[$0].querySelector('a'); if (link) link.focus();", pageStart);
    }

    private void append(NewsPage page) {
        if (!page.cards().isEmpty()) {
            results.add(new Html(ArticleHtml.cards(page.cards(), language, "news-grid", "h2").outerHtml()));
        }
        next = page.next().orElse(null);
        more.setText(getTranslation(language.locale(), "grid.more"));
        more.setVisible(next != null);
    }

    private static Optional<String> single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Integer> parseYear(String text) {
        if (!text.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(language.locale(), "grid.title") + " | "
                + getTranslation(language.locale(), "site.name");
    }
}
