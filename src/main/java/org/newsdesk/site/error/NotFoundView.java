package org.newsdesk.site.error;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.html.ErrorPageHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;

/** A friendly "page not found" inside the public layout, answered with HTTP 404. */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class NotFoundView extends Section implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        var language = PublicRoutes.languageOf(event.getLocation());
        var locale = language.locale();
        event.getUI().setLocale(locale);
        BrowserHtml.replaceContent(
                this,
                ErrorPageHtml.content(
                                language, ErrorPageHtml.NOT_FOUND, Addresses.news(language), I18NProvider::translate)
                        .children());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
