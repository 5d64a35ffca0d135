package org.newsdesk.article.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.ui.PublicLayout;
import org.newsdesk.base.ui.PublicRoutes;

/** The public news overview of one language: the newest published articles as cards. */
@Route(value = ":lang(" + Language.ROUTE_PATTERN + ")", layout = PublicLayout.class)
@AnonymousAllowed
class NewsGridView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    private final ArticleService articles;
    private Language language = Language.DEFAULT;

    NewsGridView(ArticleService articles) {
        this.articles = articles;
        addClassName("news-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = PublicRoutes.enter(event);
        removeAll();
        var heading = new H1(getTranslation(language.locale(), "grid.title"));
        heading.addClassName("page-title");
        add(heading);
        var cards = articles.latest(language, PAGE_SIZE);
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation(language.locale(), "grid.empty")));
        } else {
            add(new Html(ArticleHtml.cards(cards, language, "news-grid", "h2")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(language.locale(), "grid.title") + " | "
                + getTranslation(language.locale(), "site.name");
    }
}
