package org.newsdesk.article.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.PublicLayout;
import org.newsdesk.base.ui.PublicRoutes;
import org.newsdesk.theme.ThemeService;

/** One published article, with the latest other news beside it. */
@Route(value = ":lang(" + Language.ROUTE_PATTERN + ")/news/:slug", layout = PublicLayout.class)
@AnonymousAllowed
class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private static final int SIDEBAR_SIZE = 3;

    private final ArticleService articles;
    private final ThemeService themes;
    private ArticlePage page;

    ArticleView(ArticleService articles, ThemeService themes) {
        this.articles = articles;
        this.themes = themes;
        addClassName("article-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var slug = event.getRouteParameters().get("slug").orElse("");
        page = articles.published(language, slug).orElseThrow(NotFoundException::new);
        removeAll();
        add(articleOf(page), sidebar(language));
    }

    private Article articleOf(ArticlePage page) {
        var locale = page.language().locale();
        var back = new Anchor(GridReturnPath.backTo(page.language()), getTranslation(locale, "article.back"));
        back.addClassName("back-link");
        var themeHref = page.themeSlug() == null ? null : PublicRoutes.themePath(page.language(), page.themeSlug());
        var meta = new Html(ArticleHtml.meta(page.publicationDate(), page.themeName(), themeHref, page.views(),
                page.language()).outerHtml());
        var body = new Html("<div class=\"article-body\">" + page.bodyHtml() + "</div>");
        var article = new Article(back, new H1(page.title()), meta, body);
        article.addClassName("article");
        if (page.themeId() != null) {
            var timeline = themes.timeline(page.themeId(), page.language());
            if (!timeline.isEmpty()) {
                article.add(new Html(TimelineHtml.render(timeline, page.themeName(), page.language(), "h2")));
            }
        }
        return article;
    }

    private Aside sidebar(Language language) {
        var locale = language.locale();
        var latest = articles.latest(language, SIDEBAR_SIZE + 1).stream()
                .filter(card -> card.articleId() != page.articleId())
                .limit(SIDEBAR_SIZE)
                .toList();
        var heading = new H2(getTranslation(locale, "sidebar.title"));
        var more = new Anchor(PublicRoutes.newsPath(language), getTranslation(locale, "sidebar.moreNews"));
        more.addClassName("more-news");
        var aside = new Aside(heading, new Html(ArticleHtml.cards(latest, language, "news-list", "h3")), more);
        aside.addClassName("article-sidebar");
        return aside;
    }

    @Override
    public Map<Language, String> alternates() {
        var paths = new EnumMap<Language, String>(Language.class);
        page.translations().forEach((language, slug) -> paths.put(language, PublicRoutes.articlePath(language, slug)));
        return paths;
    }

    @Override
    public String getPageTitle() {
        return page.title() + " | " + getTranslation(page.language().locale(), "site.name");
    }
}
