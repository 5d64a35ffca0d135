package org.newsdesk.site.article;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.previewlink.SharedVersion;
import org.newsdesk.site.html.SharedPreviewHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineYear;

/**
 * The version a preview link opens, for whoever holds the link: as the public page would show it, with its stored
 * text as it is now, under a banner that says it is not published, and a form to comment on it. An unknown,
 * expired or revoked link is the 404 page, whichever it is. Opening is counted on the link, never as a view.
 */
@Route(value = Addresses.SHARED_PREVIEW_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class SharedPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private final PreviewLinks links;
    private final ThemeService themes;
    private final SiteTime siteTime;
    private SharedVersion shared;
    private String token;

    SharedPreviewView(PreviewLinks links, ThemeService themes, SiteTime siteTime) {
        this.links = links;
        this.themes = themes;
        this.siteTime = siteTime;
        addClassName("article-preview");
        addClassName("shared-preview");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        shared = links.open(language, token).orElseThrow(NotFoundException::new);
        var page = shared.page();
        var timeline = page.themeId() == null ? List.<TimelineYear>of() : themes.timeline(page.themeId(), language);
        removeAll();
        add(
                new Html(SharedPreviewHtml.preview(shared, timeline, siteTime).outerHtml()),
                new PreviewCommentForm(language, (name, text) -> links.comment(language, token, name, text)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                shared.page().language().locale(),
                "sharedPreview.title",
                shared.page().title());
    }

    /** Only this language: the link opens no other. */
    @Override
    public Map<Language, String> alternates() {
        return Map.of(
                shared.page().language(), Addresses.sharedPreview(shared.page().language(), token));
    }
}
