package org.newsdesk.counting;

import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.base.Language;
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

    private final PendingViews pending;
    private final SecurityContextHolderStrategy security;

    ViewCounter(PendingViews pending, SecurityContextHolderStrategy security) {
        this.security = security;
        this.pending = pending;
    }

    /**
     * Counts a visitor's view of an article, for the language version they read: once per session whichever
     * languages they read it in (the count stays one of readers), and neither for crawlers nor for signed-in
     * staff, whose looks at their own articles are previews. Returns whether the view was counted.
     *
     * @param countedInSession the articles already counted for this visitor's session, which this adds to; it
     *                         lives as long as the session and must be safe for its concurrent requests
     */
    public boolean countVisitorView(long articleId, Language language, Set<Long> countedInSession, String userAgent) {
        if (CrawlerUserAgents.isCrawler(userAgent) || isStaff() || !countedInSession.add(articleId)) {
            return false;
        }
        pending.add(new ViewedVersion(articleId, language));
        return true;
    }

    /** Views of any language version of the article counted but not stored yet. */
    public long pending(long articleId) {
        return pending.count(articleId);
    }

    /** Views of one language version counted but not stored yet. */
    public long pending(long articleId, Language language) {
        return pending.count(new ViewedVersion(articleId, language));
    }

    private boolean isStaff() {
        var authentication = security.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Roles.anyStaffRole(role -> authorities.contains("ROLE_" + role));
    }
}
