package org.newsdesk.audit;

import java.util.List;

import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit log holds about one article, for the staff who work on it: the state changes, review decisions and
 * publications of its language versions. The whole log stays for administrators ({@link AuditTrail}).
 */
@Service
@Transactional(readOnly = true)
@EditorsAndTranslators
public class ArticleAuditTrail {

    /** More than any article collects in years of corrections; the rest stays in the administrators' log. */
    static final int MOST = 1_000;

    private final AuditRepository events;

    ArticleAuditTrail(AuditRepository events) {
        this.events = events;
    }

    /** Newest first. */
    public List<AuditEvent> of(long articleId) {
        return events.findAboutArticle(articleId, MOST);
    }
}
