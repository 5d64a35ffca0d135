package org.newsdesk.counting;

import java.util.Map;

import org.newsdesk.base.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores pending views: every flush interval, and a last time when the application shuts down. */
@Component
class ViewCountFlusher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCountFlusher.class);
    private static final String FLUSH_INTERVAL = "#{" + NewsdeskProperties.BEAN + ".counting().flushInterval()}";

    private final PendingViews pending;
    private final ViewCountRepository repository;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    ViewCountFlusher(PendingViews pending, ViewCountRepository repository, PlatformTransactionManager transactions) {
        this.pending = pending;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One flush at a time: PendingViews keeps a single set of drained counts. */
    @Scheduled(initialDelayString = FLUSH_INTERVAL, fixedDelayString = FLUSH_INTERVAL)
    synchronized void flush() {
        var drained = pending.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> repository.addViews(drained));
            pending.stored();
        } catch (RuntimeException e) {
            pending.putBack(drained);
            log.warn(
                    "Could not store the views of {} articles ({} views); they stay pending",
                    drained.size(),
                    total(drained),
                    e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Context shutdown stops lifecycle beans before it closes the DataSource, so this last flush can write. */
    @Override
    public void stop() {
        flush();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Lower phases stop later: after the web server (phase DEFAULT_PHASE - 1024), so its last requests count. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static long total(Map<Long, Long> viewsByArticle) {
        return viewsByArticle.values().stream().mapToLong(Long::longValue).sum();
    }
}
