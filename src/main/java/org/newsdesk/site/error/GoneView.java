package org.newsdesk.site.error;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.html.ErrorPageHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;

/**
 * "This article has been removed", answered with HTTP 410 Gone: search engines drop the address at once, where a
 * 404 would have them come back to try again.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class GoneView extends Section implements HasErrorParameter<ArticleGone> {

    public GoneView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ArticleGone> parameter) {
        var language = PublicRoutes.languageOf(event.getLocation());
        event.getUI().setLocale(language.locale());
        BrowserHtml.replaceContent(
                this,
                ErrorPageHtml.content(language, ErrorPageHtml.GONE, Addresses.news(language), I18NProvider::translate)
                        .children());
        return HttpStatusCode.GONE.getCode();
    }
}
