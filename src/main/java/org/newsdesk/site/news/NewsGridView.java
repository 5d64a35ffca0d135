package org.newsdesk.site.news;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.site.layout.GridReturnPath;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;

/**
 * The public news of one language: search and filters (kept in the URL), then the newest matching articles as
 * cards, with the next page appended in place when the visitor asks for "more news" or scrolls to it. The form
 * and the cards are written into the browser's page and not kept on the server (see {@link BrowserHtml}): for
 * more news the view needs only the query and where the last page ended. An address with {@code before} (see
 * {@link NewsAddress}), such as a "more news" link of the first response followed without scripts and then
 * shared, starts there, and "more news" continues in place from that page. Right after a first response, the
 * view shows the content that response was rendered from ({@link NewsGridHandoff}) instead of querying again.
 */
@Route(value = Addresses.NEWS_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class NewsGridView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    /** The event the button gets when it comes into view; its place is watched again after every page. */
    static final String SCROLLED_TO = "news-more-in-view";

    private static final String LOAD_ON_SCROLL = """
            if (!('IntersectionObserver' in window)) return;
            if (!this.scrollWatch) {
              this.scrollWatch = new IntersectionObserver(entries => {
                if (entries.some(entry => entry.isIntersecting)) this.dispatchEvent(new CustomEvent($0));
              }, {rootMargin: '0px 0px 200px 0px'});
            }
            this.scrollWatch.disconnect();
            this.scrollWatch.observe(this);""";
    private static final String STOP_LOADING_ON_SCROLL = "if (this.scrollWatch) this.scrollWatch.disconnect();";

    private final ArticleService articles;
    private final ThemeService themes;
    private final NewsGridHandoff handoff;
    private final FeaturedNews featuredNews;
    private final Div controls = new Div();
    private final NativeButton more = new NativeButton();
    /** Made only when a search stops short: most tabs never need it, and every component costs session memory. */
    private @Nullable Paragraph searchStopped;

    private Div results;
    private int pagesShown;
    private Language language = Language.DEFAULT;
    private NewsQuery query = NewsQuery.EVERYTHING;
    private @Nullable NewsCursor next;

    NewsGridView(ArticleService articles, ThemeService themes, NewsGridHandoff handoff, FeaturedNews featuredNews) {
        this.articles = articles;
        this.themes = themes;
        this.handoff = handoff;
        this.featuredNews = featuredNews;
        addClassName("news-page");
        more.addClassName("more-news-button");
        more.addClickListener(click -> showNextPage(true));
        more.getElement().addEventListener(SCROLLED_TO, scrolled -> showNextPage(false));
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        language = PublicRoutes.enter(event);
        var parameters = event.getLocation().getQueryParameters();
        GridReturnPath.remember(language, parameters.getQueryString());
        var address = NewsAddress.of(parameters);
        var content = handoff.take(language, address)
                .orElseGet(() -> NewsGridContent.load(articles, themes, featuredNews, language, address));
        query = content.query();

        removeAll();
        pagesShown = 0;
        var heading = new H1(content.heading());
        heading.addClassName("page-title");
        add(heading, controls);
        BrowserHtml.replaceContent(controls, content.controls(""));
        content.emptyText().ifPresent(text -> add(new Paragraph(text)));
        content.featuredCards().ifPresent(cards -> {
            var featured = new Div();
            featured.addClassName("news-featured-region");
            add(featured);
            BrowserHtml.replaceContent(featured, List.of(cards));
        });
        // A fresh container: the previous selection's cards live only in the browser, in the one this replaces.
        results = new Div();
        results.addClassName("news-results");
        searchStopped = null;
        add(results, more);
        append(content.page());
    }

    /**
     * @param fromKeyboardOrPointer the visitor asked with the button, rather than by scrolling to it: they then
     *                              continue at the first new card
     */
    private void showNextPage(boolean fromKeyboardOrPointer) {
        var pageStart = pagesShown;
        append(articles.news(language, query, next, NewsGridContent.PAGE_SIZE));
        if (fromKeyboardOrPointer) {
            results.getElement()
                    .executeJs(
                            "const link = this.children[$0] && this.children[$0].querySelector('a');"
                                    + "if (link) link.focus();",
                            pageStart);
        }
        BrowserHtml.releaseLastResponse(this);
    }

    private void append(NewsPage page) {
        if (!page.cards().isEmpty()) {
            BrowserHtml.append(results, NewsGridContent.cards(page, language, query));
            pagesShown++;
        }
        next = page.next().orElse(null);
        var stopped = NewsGridContent.searchStopped(page, language);
        stopped.ifPresentOrElse(this::showSearchStopped, () -> {
            if (searchStopped != null) {
                remove(searchStopped);
                searchStopped = null;
            }
        });
        more.setText(NewsGridContent.moreText(page, language));
        more.setVisible(next != null);
        if (next != null && stopped.isEmpty()) {
            more.getElement().executeJs(LOAD_ON_SCROLL, SCROLLED_TO);
        } else if (stopped.isPresent()) {
            // Searching on past a stop is the visitor's choice: scrolling would otherwise walk the whole archive.
            more.getElement().executeJs(STOP_LOADING_ON_SCROLL);
        }
    }

    private void showSearchStopped(String text) {
        if (searchStopped == null) {
            searchStopped = new Paragraph();
            searchStopped.addClassName("search-stopped");
            // Read out when a "search older news" click brings a new stop, not only on the first page.
            searchStopped.getElement().setAttribute("role", "status");
            addComponentAtIndex(indexOf(more), searchStopped);
        }
        searchStopped.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(language.locale(), "grid.title") + " | " + getTranslation(language.locale(), "site.name");
    }
}
