package org.newsdesk.site.cache;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that every change of what public pages show goes through: publishing, editing a published
 * version, a schedule going live, archiving, deleting, themes, timelines and images. Whatever a later feature lets
 * editors change on the public site must call {@link #record()} in the transaction that changes it.
 * <p>
 * A change raises a counter in the database in the same transaction, so that it counts exactly when the change
 * commits. This instance forgets its cached first responses right after the commit; every instance (this one
 * included, for changes made elsewhere) also polls the counter, which is one primary-key read.
 */
@Service
public class ContentChanges {

    private final ContentChangeRepository changes;
    private final FirstResponseCache cache;
    /** The counter as last seen; -1 before the first poll, which only learns it. */
    private final AtomicLong seen = new AtomicLong(-1);

    ContentChanges(ContentChangeRepository changes, FirstResponseCache cache) {
        this.changes = changes;
        this.cache = cache;
    }

    /** Counts a change of public content; called inside the transaction that makes it. */
    @Transactional
    public void record() {
        changes.raise();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.forgetAll();
            }
        });
    }

    /** Follows changes committed by any instance. */
    @Scheduled(fixedDelayString = "${newsdesk.first-response.change-poll-interval:500ms}")
    @Transactional(readOnly = true)
    public void follow() {
        var version = changes.version();
        if (seen.getAndSet(version) != version) {
            cache.forgetAll();
        }
    }
}
