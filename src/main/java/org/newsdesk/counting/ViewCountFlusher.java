package org.newsdesk.counting;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.WrittenInBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores pending views: every flush interval, and a last time when the application shuts down. */
@Component
class ViewCountFlusher extends WrittenInBatches {

    private static final Logger log = LoggerFactory.getLogger(ViewCountFlusher.class);
    private static final String FLUSH_INTERVAL = "#{" + NewsdeskProperties.BEAN + ".counting().flushInterval()}";

    private final PendingViews pending;
    private final ViewCountRepository repository;
    private final TransactionTemplate transaction;
    private final SiteTime siteTime;
    private final Clock clock;

    ViewCountFlusher(
            PendingViews pending,
            ViewCountRepository repository,
            PlatformTransactionManager transactions,
            SiteTime siteTime,
            Clock clock) {
        this.siteTime = siteTime;
        this.clock = clock;
        this.pending = pending;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One flush at a time: PendingViews keeps a single set of drained counts. */
    @Scheduled(initialDelayString = FLUSH_INTERVAL, fixedDelayString = FLUSH_INTERVAL)
    @Override
    public synchronized void flush() {
        var drained = pending.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            // The views since the last flush count for the day it runs on: flushes come seconds apart.
            var today = siteTime.date(Instant.now(clock));
            transaction.executeWithoutResult(status -> repository.addViews(drained, today));
            pending.stored();
        } catch (RuntimeException e) {
            pending.putBack(drained);
            log.warn(
                    "Could not store the views of {} language versions ({} views); they stay pending",
                    drained.size(),
                    total(drained),
                    e);
        }
    }

    private static long total(Map<ViewedVersion, Long> viewsByVersion) {
        return viewsByVersion.values().stream().mapToLong(Long::longValue).sum();
    }
}
