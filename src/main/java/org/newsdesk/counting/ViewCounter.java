package org.newsdesk.counting;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.WrappedSession;
import org.newsdesk.security.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Counts article views in memory; a scheduled flush adds them to the stored counts in batches. The count to
 * show is the stored count plus {@link #pending(long)}.
 */
@Service
public class ViewCounter {

    private static final String COUNTED_ARTICLES = ViewCounter.class.getName() + ".countedArticles";
    private static final Set<String> STAFF_AUTHORITIES = Set.of("ROLE_" + Roles.EDITOR, "ROLE_" + Roles.ADMIN);
    private static final Object SESSION_SET_CREATION = new Object();

    private final PendingViews pending;
    private final SecurityContextHolderStrategy security;

    ViewCounter(PendingViews pending, SecurityContextHolderStrategy security) {
        this.security = security;
        this.pending = pending;
    }

    /** Counts one view, without any rule and without touching the database. */
    public void record(long articleId) {
        pending.add(articleId);
    }

    /**
     * Counts a visitor's view of an article: once per session, and neither for crawlers nor for signed-in
     * editors, whose looks at their own articles are previews. Returns whether the view was counted.
     */
    public boolean countVisitorView(long articleId, WrappedSession session, String userAgent) {
        if (CrawlerUserAgents.isCrawler(userAgent) || isStaff() || !countedArticlesOf(session).add(articleId)) {
            return false;
        }
        record(articleId);
        return true;
    }

    /** Views counted but not stored yet. */
    public long pending(long articleId) {
        return pending.count(articleId);
    }

    private boolean isStaff() {
        var authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF_AUTHORITIES::contains);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> countedArticlesOf(WrappedSession session) {
        var counted = (Set<Long>) session.getAttribute(COUNTED_ARTICLES);
        if (counted != null) {
            return counted;
        }
        // Two tabs may open the first articles of a session at once: both must get the same set.
        synchronized (SESSION_SET_CREATION) {
            counted = (Set<Long>) session.getAttribute(COUNTED_ARTICLES);
            if (counted == null) {
                counted = ConcurrentHashMap.newKeySet();
                session.setAttribute(COUNTED_ARTICLES, counted);
            }
            return counted;
        }
    }
}
