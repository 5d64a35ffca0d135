package org.newsdesk.base.ui;

import java.util.Map;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;

/**
 * The frame of every public page: site header with language switch, the page itself, and a footer. Header and
 * footer are redrawn as HTML on each navigation: every component a visitor's page holds costs memory in their
 * session for as long as the tab is open.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private Html header = new Html("<header class=\"site-header\"></header>");
    private Html footer = new Html("<footer class=\"site-footer\"></footer>");
    private HasElement content;

    public PublicLayout() {
        addClassName("site");
        main.setId("content");
        main.addClassName("site-main");
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
        var newHeader = new Html(SiteChrome.header(language, alternates).outerHtml());
        var newFooter = new Html(SiteChrome.footer(language).outerHtml());
        replace(header, newHeader);
        replace(footer, newFooter);
        header = newHeader;
        footer = newFooter;
        releaseLastResponse();
    }

    /**
     * Vaadin keeps each tab's last response, in case the browser asks for it again; after a navigation that is the
     * whole page, tens of kilobytes per open tab for as long as the tab stays open. One empty round trip right
     * after the page is shown replaces it with a response of a few bytes.
     */
    private void releaseLastResponse() {
        getElement().executeJs("return null").then(ignored -> { });
    }
}
