package org.newsdesk.site.layout;

import java.util.Map;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;

/**
 * The frame of every public page: site header with language switch, the page itself, and a footer. Header and
 * footer are written into the page as HTML on each navigation, with no copy kept on the server: every component
 * and every piece of markup a visitor's page holds costs memory in their session for as long as the tab is open.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final Header header = new Header();
    private final Footer footer = new Footer();
    private @Nullable HasElement content;

    public PublicLayout() {
        addClassName("site");
        main.setId("content");
        main.addClassName("site-main");
        header.addClassName("site-header");
        footer.addClassName("site-footer");
        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement newContent) {
        main.removeAll();
        if (newContent != null) {
            main.getElement().appendChild(newContent.getElement());
        }
        content = newContent;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var language = PublicRoutes.languageOf(event.getLocation());
        getUI().ifPresent(ui -> ui.getPage().executeJs("document.documentElement.lang = $0", language.code()));
        Map<Language, String> alternates = content instanceof LanguageAlternates page ? page.alternates() : Map.of();
        BrowserHtml.replaceContent(
                header,
                SiteChrome.header(
                                language,
                                alternates,
                                SiteSection.of(event.getLocation().getPath()))
                        .childNodes());
        BrowserHtml.replaceContent(footer, SiteChrome.footer(language).childNodes());
        BrowserHtml.releaseLastResponse(this);
    }
}
