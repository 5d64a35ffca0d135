package org.newsdesk.site.error;

import java.util.Map;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.html.ErrorPageHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;

/**
 * "Not available in this language", with the languages the article has, answered with HTTP 404: the language
 * switch in the header leads to those versions too.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class MissingLanguageView extends Section
        implements HasErrorParameter<ArticleNotInLanguage>, LanguageAlternates, HasDynamicTitle {

    private Map<Language, String> versions = Map.of();
    private Language language = Language.DEFAULT;

    public MissingLanguageView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ArticleNotInLanguage> parameter) {
        language = PublicRoutes.languageOf(event.getLocation());
        event.getUI().setLocale(language.locale());
        versions = parameter.getException().versions();
        BrowserHtml.replaceContent(
                this,
                ErrorPageHtml.missingLanguage(language, versions, Addresses.news(language), I18NProvider::translate)
                        .children());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        var locale = language.locale();
        return getTranslation(locale, "missingLanguage.title") + " | " + getTranslation(locale, "site.name");
    }

    @Override
    public Map<Language, String> alternates() {
        return versions;
    }
}
