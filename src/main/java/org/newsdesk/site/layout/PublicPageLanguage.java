package org.newsdesk.site.layout;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the page's language on {@code <html lang>} of the very first response, which screen readers, search
 * engines and browsers' translation offers read before any script runs.
 */
@Component
class PublicPageLanguage implements VaadinServiceInitListener, IndexHtmlRequestListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        var path = response.getVaadinRequest().getPathInfo();
        var language = PublicRoutes.languageOf(new Location(path == null ? "" : path.replaceFirst("^/", "")));
        response.getDocument().expectFirst("html").attr("lang", language.code());
    }
}
