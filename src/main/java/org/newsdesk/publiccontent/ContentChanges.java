package org.newsdesk.publiccontent;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.newsdesk.base.NewsdeskProperties;
import org.springframework.context.ApplicationEventPublisher;
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
 * commits. This instance announces {@link PublicContentChanged} right after the commit; every instance (this one
 * included, for changes made elsewhere) also polls the counter, which is one primary-key read, and announces it
 * when the counter moved past what was announced already. Whatever keeps copies of public pages (the site's first-response cache) listens.
 */
@Service
public class ContentChanges {

    private final ContentChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The highest counter announced, by a commit here or by the poll; -1 before either. */
    private final AtomicLong seen = new AtomicLong(-1);

    ContentChanges(ContentChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** Counts a change of public content; called inside the transaction that makes it. */
    @Transactional
    public void record() {
        var version = changes.raise(Instant.now(clock));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Announced now: the poll must not announce this change a second time and empty the caches again.
                seen.accumulateAndGet(version, Math::max);
                events.publishEvent(PublicContentChanged.INSTANCE);
            }
        });
    }

    /** Follows changes committed by any instance. */
    @Scheduled(fixedDelayString = "#{" + NewsdeskProperties.BEAN + ".firstResponse().changePollInterval()}")
    @Transactional(readOnly = true)
    public void follow() {
        var version = changes.version();
        if (seen.getAndAccumulate(version, Math::max) < version) {
            events.publishEvent(PublicContentChanged.INSTANCE);
        }
    }
}
