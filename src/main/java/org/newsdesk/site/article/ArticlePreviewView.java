package org.newsdesk.site.article;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineYear;

/**
 * A language version in any state, drafts included, exactly as the public page would show it. Only signed-in
 * staff get here; it counts no views.
 */
@Route(value = Addresses.PREVIEW_ROUTE, layout = PublicLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class ArticlePreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ThemeService themes;
    private ArticlePage page;

    ArticlePreviewView(ArticleService articles, ThemeService themes) {
        this.articles = articles;
        this.themes = themes;
        addClassName("article-preview");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundException::new);
        page = articles.preview(articleId, language).orElseThrow(NotFoundException::new);
        var timeline = page.themeId() == null ? List.<TimelineYear>of() : themes.timeline(page.themeId(), language);
        var banner = new Paragraph(getTranslation(language.locale(), "preview.banner"));
        banner.addClassName("preview-banner");
        removeAll();
        add(
                banner,
                new Html(ArticleHtml.article(
                                page,
                                timeline,
                                Addresses.articleEditor(articleId),
                                getTranslation("preview.backToEditor"))
                        .outerHtml()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(page.language().locale(), "preview.banner") + " | " + page.title();
    }
}
