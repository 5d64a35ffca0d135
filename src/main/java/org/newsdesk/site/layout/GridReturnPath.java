package org.newsdesk.site.layout;

import com.vaadin.flow.server.VaadinSession;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;

/** Remembers the visitor's last news grid filters, so "back to the news" returns to the same selection. */
public final class GridReturnPath {

    private static final String ATTRIBUTE = GridReturnPath.class.getName() + ".";

    private GridReturnPath() {}

    public static void remember(Language language, String queryString) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE + language.code(), queryString.isEmpty() ? null : queryString);
        }
    }

    public static String backTo(Language language) {
        var session = VaadinSession.getCurrent();
        var query = session == null ? null : (String) session.getAttribute(ATTRIBUTE + language.code());
        return Addresses.news(language) + (query == null ? "" : "?" + query);
    }
}
