package org.newsdesk.base.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;

/** The frame of every public page: site header with language switch, the page itself, and a footer. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Anchor brand = new Anchor();
    private final Nav languageSwitch = new Nav();
    private final Main main = new Main();
    private final Paragraph footerText = new Paragraph();
    private HasElement content;

    public PublicLayout() {
        addClassName("site");
        brand.addClassName("site-brand");
        languageSwitch.addClassName("language-switch");
        var header = new Header(brand, languageSwitch);
        header.addClassName("site-header");
        main.setId("content");
        main.addClassName("site-main");
        var footer = new Footer(footerText);
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
        brand.setText(getTranslation(language.locale(), "site.name"));
        brand.setHref(PublicRoutes.newsPath(language));
        footerText.setText(getTranslation(language.locale(), "site.footer"));
        languageSwitch.getElement().setAttribute("aria-label", getTranslation(language.locale(), "language.switch"));
        showLanguageLinks(language, content instanceof LanguageAlternates page ? page.alternates() : Map.of());
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

    private void showLanguageLinks(Language current, Map<Language, String> alternates) {
        languageSwitch.removeAll();
        for (var language : Language.values()) {
            var link = new Anchor(alternates.getOrDefault(language, PublicRoutes.newsPath(language)),
                    language.code().toUpperCase(Locale.ROOT));
            link.getElement().setAttribute("lang", language.code());
            link.getElement().setAttribute("hreflang", language.code());
            link.getElement().setAttribute("title", getTranslation(language.locale(), "language.name"));
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            languageSwitch.add(link);
        }
    }
}
