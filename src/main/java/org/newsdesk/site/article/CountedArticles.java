package org.newsdesk.site.article;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.WrappedSession;

/** The articles a visitor's session was counted for already, kept in that session: a view counts once per visit. */
final class CountedArticles {

    private static final String ATTRIBUTE = CountedArticles.class.getName();
    private static final Object CREATION = new Object();

    private CountedArticles() {}

    @SuppressWarnings("unchecked")
    static Set<Long> of(WrappedSession session) {
        var counted = (Set<Long>) session.getAttribute(ATTRIBUTE);
        if (counted != null) {
            return counted;
        }
        // Two tabs may open the first articles of a session at once: both must get the same set.
        synchronized (CREATION) {
            counted = (Set<Long>) session.getAttribute(ATTRIBUTE);
            if (counted == null) {
                counted = ConcurrentHashMap.newKeySet();
                session.setAttribute(ATTRIBUTE, counted);
            }
            return counted;
        }
    }
}
