package org.newsdesk.editorial;

import java.time.Clock;
import java.time.Instant;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.search.SearchIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes scheduled versions when their time has come. Safe with several instances and across restarts: the
 * database decides, in one statement, which rows change, so every version is published exactly once and a
 * restart catches up with whatever fell due while the application was down. The search index follows in the
 * same transaction.
 */
@Component
public class ScheduledPublisher {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final String CHECK_INTERVAL = "#{" + NewsdeskProperties.BEAN + ".publishing().checkInterval()}";

    private final EditorialRepository articles;
    private final Clock clock;
    private final AuditLog audit;
    private final SearchIndexer searchIndex;
    private final ContentChanges contentChanges;

    ScheduledPublisher(
            EditorialRepository articles,
            Clock clock,
            AuditLog audit,
            SearchIndexer searchIndex,
            ContentChanges contentChanges) {
        this.contentChanges = contentChanges;
        this.articles = articles;
        this.clock = clock;
        this.audit = audit;
        this.searchIndex = searchIndex;
    }

    @Scheduled(initialDelayString = CHECK_INTERVAL, fixedDelayString = CHECK_INTERVAL)
    @Transactional
    public int publishDue() {
        var now = Instant.now(clock);
        int published;
        try {
            published = articles.publishDue(now);
        } catch (PessimisticLockingFailureException lostToAnotherInstance) {
            // Another instance's statement is publishing the same rows; MariaDB rolled this one back whole.
            log.debug("Another instance publishes the scheduled versions due now", lostToAnotherInstance);
            return 0;
        }
        if (published > 0) {
            searchIndex.reindexVersions(articles.findPublishedUnindexed(now));
            log.info("Published {} scheduled article version(s)", published);
            audit.recordAs(null, null, "ARTICLE_SCHEDULE_PUBLISHED", published + " version(s)", null);
            contentChanges.record();
        }
        return published;
    }
}
