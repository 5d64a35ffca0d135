package org.newsdesk.site.theme;

import java.util.Map;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.html.ThemesIndexHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;

/** Every theme of one language, as {@link ThemesIndexHtml} renders it for the first response too. */
@Route(value = Addresses.THEMES_INDEX_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class ThemesIndexView extends Section implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private final ThemeService themes;
    private Language language = Language.DEFAULT;

    ThemesIndexView(ThemeService themes) {
        this.themes = themes;
        addClassName("themes-page");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        language = PublicRoutes.enter(event);
        BrowserHtml.replaceContent(this, ThemesIndexHtml.content(language, themes.overviews(language)));
    }

    @Override
    public Map<Language, String> alternates() {
        return LanguageAlternates.inEveryLanguage(Addresses::themes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(language.locale(), "themes.title") + " | "
                + getTranslation(language.locale(), "site.name");
    }
}
